-- Only for the library's tests: something a probe endpoint can create.
CREATE TABLE probe_thing (
    id   BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL
);
