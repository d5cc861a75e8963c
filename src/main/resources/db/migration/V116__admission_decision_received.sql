-- The day the branch received the admission decision: the ceremony's 30 working days count from it (QĐ 232 §4.3).
-- Empty when it was received on the day it was signed, and for admissions recorded before ChiBo kept it.
ALTER TABLE admissions.admission ADD COLUMN decision_received_on date;
ALTER TABLE admissions.admission ADD CONSTRAINT admission_decision_received_after_decision
    CHECK (decision_received_on IS NULL OR decision_received_on >= decision_on);
