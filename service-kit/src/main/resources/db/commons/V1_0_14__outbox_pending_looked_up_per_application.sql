-- The relay finds pending events through one index only: (application_id, seq) of the pending rows.
-- With a second one on (seq) alone, the planner, told by statistics gathered while little was
-- pending that about one row is, read that index from its start to find one application's earliest
-- event, over the entries every published row leaves until the next vacuum: claims of 1-15 s under
-- load, and event latencies of up to a minute (docs/benchmarks.md, "The relay's claim"). A claim
-- now reads each pending row once and looks up each application by its key, whatever the
-- statistics say.
DROP INDEX outbox_event_pending;
