-- The roster and the statistics on a date look for every member any of whose events names one of the organizations
-- (EXISTS ... from_organization_id = ANY(:orgs) OR to_organization_id = ANY(:orgs)); without these indexes that is a
-- scan of all events per member at 50,000 members. Most events name no organization, hence the partial indexes.
CREATE INDEX member_event_from_organization ON members.member_event (from_organization_id, member_id)
    WHERE from_organization_id IS NOT NULL;
CREATE INDEX member_event_to_organization ON members.member_event (to_organization_id, member_id)
    WHERE to_organization_id IS NOT NULL;
