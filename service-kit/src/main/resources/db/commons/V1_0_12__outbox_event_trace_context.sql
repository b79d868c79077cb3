-- W3C trace context of the request (or job) that recorded the event (docs/operations.md): the
-- relay's publish span continues that trace, and the CloudEvent carries it on to consumers
-- (distributed-tracing extension). Null for rows recorded where nothing was traced.
ALTER TABLE outbox_event ADD COLUMN traceparent varchar(55);
ALTER TABLE outbox_event ADD COLUMN tracestate  varchar(512);
