-- The staff counts of an education unit with their dates, so that the members' share of the staff on a past date
-- divides by the staff counted then, not by today's. organizations.unit keeps the newest count (or an undated one for
-- a unit whose counts were never dated) for the organization's page.
CREATE TABLE organizations.unit_staff (
    unit_id     bigint NOT NULL REFERENCES organizations.unit (id) ON DELETE CASCADE,
    as_of       date   NOT NULL,
    managers    int    NOT NULL CHECK (managers BETWEEN 0 AND 100000),
    teachers    int    NOT NULL CHECK (teachers BETWEEN 0 AND 100000),
    employees   int    NOT NULL CHECK (employees BETWEEN 0 AND 100000),
    PRIMARY KEY (unit_id, as_of)
);

INSERT INTO organizations.unit_staff (unit_id, as_of, managers, teachers, employees)
SELECT id, staff_as_of, managers, teachers, employees FROM organizations.unit WHERE staff_as_of IS NOT NULL;
