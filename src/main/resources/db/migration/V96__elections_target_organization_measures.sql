-- Two more of ChiBo's figures that measure a congress target: the subordinate organizations rated "completed well" or
-- better (a share), and those rated "not completed" (a count), from the organizations' ratings of the annual review.
ALTER TABLE elections.target DROP CONSTRAINT target_measure_check;
ALTER TABLE elections.target ADD CONSTRAINT target_measure_check
    CHECK (measure IN ('NONE', 'MEMBERS_GOOD_OR_BETTER', 'MEMBERS_COMPLETED_OR_BETTER', 'MEMBERS_NOT_COMPLETED',
                       'MEMBERS_ADMITTED', 'MEMBER_SHARE_OF_STAFF', 'ORGANIZATIONS_GOOD_OR_BETTER',
                       'ORGANIZATIONS_NOT_COMPLETED'));
