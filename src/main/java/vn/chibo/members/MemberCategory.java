package vn.chibo.members;

import java.util.Arrays;
import java.util.List;

/**
 * A group of members the statistics forms count (HD 11-HD/BTCTW: number, structure and quality of members), each in one
 * {@link Dimension}. Within a dimension other than {@link Dimension#STANDING} every member on the list is in exactly one
 * category, so a dimension's counts add up to the number of members.
 */
public enum MemberCategory {
    /** On the list: probationary and official members. */
    MEMBERS(Dimension.STANDING),
    OFFICIAL(Dimension.STANDING),
    PROBATIONARY(Dimension.STANDING),
    /** Miễn công tác và sinh hoạt đảng. */
    EXEMPT(Dimension.STANDING),
    /** Tạm miễn sinh hoạt while working away. */
    TEMPORARILY_EXEMPT(Dimension.STANDING),
    /** Members who are staff of their unit (cán bộ, giáo viên, nhân viên): the numerator of the member-to-staff ratio. */
    UNIT_STAFF(Dimension.STANDING),
    MALE(Dimension.GENDER),
    FEMALE(Dimension.GENDER),
    KINH(Dimension.ETHNICITY),
    MINORITY(Dimension.ETHNICITY),
    AGE_UP_TO_30(Dimension.AGE),
    AGE_31_TO_40(Dimension.AGE),
    AGE_41_TO_50(Dimension.AGE),
    AGE_51_TO_60(Dimension.AGE),
    AGE_OVER_60(Dimension.AGE),
    /** A religion recorded on the lý lịch (anything but empty or "Không"). */
    RELIGIOUS(Dimension.RELIGION),
    NO_RELIGION(Dimension.RELIGION),
    DOCTORATE(Dimension.QUALIFICATION),
    MASTER(Dimension.QUALIFICATION),
    UNIVERSITY(Dimension.QUALIFICATION),
    COLLEGE(Dimension.QUALIFICATION),
    VOCATIONAL(Dimension.QUALIFICATION),
    OTHER_QUALIFICATION(Dimension.QUALIFICATION),
    /** Cao cấp, with the bachelor's degree in politics that counts as it (NĐ 29/2024). */
    THEORY_ADVANCED(Dimension.THEORY_LEVEL),
    THEORY_INTERMEDIATE(Dimension.THEORY_LEVEL),
    THEORY_ELEMENTARY(Dimension.THEORY_LEVEL),
    THEORY_NONE(Dimension.THEORY_LEVEL);

    /** What a category says of a member. */
    public enum Dimension {
        STANDING,
        GENDER,
        ETHNICITY,
        AGE,
        RELIGION,
        QUALIFICATION,
        THEORY_LEVEL;

        /** The categories of the dimension, in the forms' order. */
        public List<MemberCategory> categories() {
            return Arrays.stream(MemberCategory.values())
                    .filter(c -> c.dimension == this)
                    .toList();
        }
    }

    private final Dimension dimension;

    MemberCategory(Dimension dimension) {
        this.dimension = dimension;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The message key of the category's label. */
    public String messageKey() {
        return "statistics.category." + name();
    }

    static MemberCategory of(Gender gender) {
        return gender == Gender.MALE ? MALE : FEMALE;
    }

    static MemberCategory of(AgeBand band) {
        return switch (band) {
            case UP_TO_30 -> AGE_UP_TO_30;
            case FROM_31_TO_40 -> AGE_31_TO_40;
            case FROM_41_TO_50 -> AGE_41_TO_50;
            case FROM_51_TO_60 -> AGE_51_TO_60;
            case OVER_60 -> AGE_OVER_60;
        };
    }

    static MemberCategory of(QualificationLevel level) {
        return switch (level) {
            case DOCTORATE -> DOCTORATE;
            case MASTER -> MASTER;
            case UNIVERSITY -> UNIVERSITY;
            case COLLEGE -> COLLEGE;
            case VOCATIONAL -> VOCATIONAL;
            case OTHER -> OTHER_QUALIFICATION;
        };
    }

    static MemberCategory of(PoliticalTheoryLevel level) {
        return switch (level == null ? PoliticalTheoryLevel.NONE : level.counted()) {
            case ADVANCED, BACHELOR -> THEORY_ADVANCED;
            case INTERMEDIATE -> THEORY_INTERMEDIATE;
            case ELEMENTARY -> THEORY_ELEMENTARY;
            case NONE -> THEORY_NONE;
        };
    }
}
