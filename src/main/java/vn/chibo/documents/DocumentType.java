package vn.chibo.documents;

/** Kinds of Party document (QĐ 66-QĐ/TW) with the abbreviation used in their symbols (HD 36-HD/VPTW). */
public enum DocumentType {
    RESOLUTION("NQ"),
    DECISION("QĐ"),
    DIRECTIVE("CT"),
    CONCLUSION("KL"),
    REGULATION("QĐi"),
    GUIDANCE("HD"),
    PLAN("KH"),
    REPORT("BC"),
    NOTICE("TB"),
    SUBMISSION("TTr"),
    MINUTES("BB"),
    OFFICIAL_LETTER("CV");

    private final String abbreviation;

    DocumentType(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }
}
