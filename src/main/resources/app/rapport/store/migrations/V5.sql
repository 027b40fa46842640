-- Schema version 5: what the user does with introductions. The day each step of the pipeline was
-- reached, the editable double opt-in drafts with their language, and for a dismissed pair the
-- fingerprint of what the two were about when dismissed (so the pair returns once that changes).

ALTER TABLE introduction ADD COLUMN planned_on TEXT;
ALTER TABLE introduction ADD COLUMN asked_a_on TEXT;
ALTER TABLE introduction ADD COLUMN asked_b_on TEXT;
ALTER TABLE introduction ADD COLUMN introduced_on TEXT;
ALTER TABLE introduction ADD COLUMN met_on TEXT;
ALTER TABLE introduction ADD COLUMN working_together_on TEXT;
ALTER TABLE introduction ADD COLUMN did_not_work_out_on TEXT;
ALTER TABLE introduction ADD COLUMN draft_language TEXT;
ALTER TABLE introduction ADD COLUMN draft_to_a TEXT;
ALTER TABLE introduction ADD COLUMN draft_to_b TEXT;
ALTER TABLE introduction ADD COLUMN draft_introduction TEXT;
ALTER TABLE introduction ADD COLUMN dismissal_fingerprint TEXT;
