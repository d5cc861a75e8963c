-- Where the admission ceremony was held: the member's biography asks for the ceremony's date and place (item 14).
ALTER TABLE admissions.admission ADD COLUMN ceremony_place text CHECK (length(ceremony_place) <= 200);
