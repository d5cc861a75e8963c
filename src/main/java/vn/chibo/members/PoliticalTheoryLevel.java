package vn.chibo.members;

/** Trình độ lý luận chính trị; a bachelor's degree in politics counts as advanced. */
public enum PoliticalTheoryLevel {
    NONE,
    ELEMENTARY,
    INTERMEDIATE,
    ADVANCED,
    BACHELOR;

    /** The level counted in statistics: BACHELOR counts as ADVANCED (NĐ 29/2024). */
    public PoliticalTheoryLevel counted() {
        return this == BACHELOR ? ADVANCED : this;
    }
}
