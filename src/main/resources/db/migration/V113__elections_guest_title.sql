-- A guest's title (chức vụ) as the congress introduces her: the minutes and the news name guests with it.
ALTER TABLE elections.attendee ADD COLUMN title text CHECK (length(title) <= 200);
