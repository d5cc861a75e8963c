-- Who wrote and who approved each article, as the editors' list shows them (the editorial chain: the editor who
-- drafted it, the editor-in-chief who approved its publication): names as they were at the time, the accounts' names
-- kept beside them. Articles from before this migration show the creating account's name and no approver.
ALTER TABLE portal.article
    ADD COLUMN created_by_name  text,
    ADD COLUMN approved_by      text,
    ADD COLUMN approved_by_name text,
    ADD COLUMN approved_at      timestamptz;
