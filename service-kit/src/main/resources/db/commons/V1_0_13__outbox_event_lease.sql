-- The relay leases the rows it is publishing (docs/events.md, "Relay") instead of keeping them
-- locked while the broker acknowledges: a lease is taken and committed in one short statement,
-- the rows are sent, and one statement marks them published. Until the lease runs out no other
-- instance takes these rows, nor (since they are still pending) any later row of the same
-- applications. A relay that dies leaves its lease to run out; the rows are then taken again.
ALTER TABLE outbox_event ADD COLUMN lease_until timestamptz;
