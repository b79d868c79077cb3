-- Issue 13, item 1: the State Corporation refuses to accept documents only on the two grounds of
-- Appendix 3; whatever the registries say about the person is recorded as findings for the
-- akimat's review (item 11), shown with the application.
ALTER TABLE certificate_application
    ADD COLUMN review_findings jsonb NOT NULL DEFAULT '[]'::jsonb;

-- Issue 13, item 5: a hearing is recorded only after the moment the applicant was notified, and the
-- notice and hearing timetable warns instead of blocking the akimat's decision.
ALTER TABLE hearing
    ADD COLUMN notified_at        timestamptz,
    ADD COLUMN timetable_warnings jsonb NOT NULL DEFAULT '[]'::jsonb;
-- Hearings scheduled before this migration knew only the day of the notice: its start, in the
-- service's time zone (Asia/Almaty), is the earliest moment the notice can have been given.
UPDATE hearing SET notified_at = (notified_on::timestamp AT TIME ZONE 'Asia/Almaty') WHERE notified_at IS NULL;
ALTER TABLE hearing ALTER COLUMN notified_at SET NOT NULL;
