package vn.chibo.organizations;

/** Kinds of education unit an organization can be attached to. */
public enum UnitKind {
    PROVINCIAL_DEPARTMENT,
    DISTRICT_OFFICE,
    KINDERGARTEN,
    PRIMARY_SCHOOL,
    LOWER_SECONDARY_SCHOOL,
    UPPER_SECONDARY_SCHOOL,
    MULTI_LEVEL_SCHOOL,
    CONTINUING_EDUCATION,
    OTHER
}
