-- Which of ChiBo's own figures measures a target of the congress resolution (Target.Measure); NONE: followed by hand.
ALTER TABLE elections.target
    ADD COLUMN measure text NOT NULL DEFAULT 'NONE'
        CHECK (measure IN ('NONE', 'MEMBERS_GOOD_OR_BETTER', 'MEMBERS_COMPLETED_OR_BETTER', 'MEMBERS_NOT_COMPLETED',
                           'MEMBERS_ADMITTED', 'MEMBER_SHARE_OF_STAFF'));
