-- A replayed answer gives the ETag of the first answer too (the version that request produced).
ALTER TABLE idempotency_record ADD COLUMN etag VARCHAR(40);
