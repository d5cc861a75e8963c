package vn.chibo.members;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.StorableText;

/**
 * The checks of a member's record shared by the form, the API and the import: required fields, plausible dates in
 * order, known codes. Each failure names the field and a message key.
 */
public final class MemberRules {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_NAME = 200;
    /** Admission needs 18 years on the day the branch considers it (QĐ 294); an earlier date is a typing error. */
    public static final int MIN_ADMISSION_AGE = 18;

    private static final Pattern CITIZEN_ID = Pattern.compile("[0-9]{9}([0-9]{3})?");
    private static final DateTimeFormatter DMY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DMY_DASH =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private MemberRules() {}

    /** The draft cleaned (NFC, trimmed, codes normalized), or the first rule it breaks. */
    public static MemberDraft validate(MemberDraft d, LocalDate today) {
        MemberParticulars p = d.particulars() == null ? MemberParticulars.empty() : d.particulars();
        refuseUnstorable("fullName", p.fullName());
        String fullName = VietnameseText.clean(p.fullName());
        if (fullName == null) {
            throw new InvalidInputException("fullName", "validation.required");
        }
        if (fullName.length() > MAX_NAME) {
            throw new InvalidInputException("fullName", "validation.tooLong", MAX_NAME);
        }
        if (p.gender() == null) {
            throw new InvalidInputException("gender", "validation.required");
        }
        if (p.birthDate() == null) {
            throw new InvalidInputException("birthDate", "validation.required");
        }
        if (p.birthDate().getYear() < 1900 || p.birthDate().isAfter(today)) {
            throw new InvalidInputException("birthDate", "member.birthDate.implausible");
        }
        if (d.admissionDate() == null) {
            throw new InvalidInputException("admissionDate", "validation.required");
        }
        if (d.admissionDate().isAfter(today)) {
            throw new InvalidInputException("admissionDate", "member.date.future");
        }
        if (d.admissionDate().isBefore(p.birthDate().plusYears(MIN_ADMISSION_AGE))) {
            throw new InvalidInputException("admissionDate", "member.admission.tooYoung", MIN_ADMISSION_AGE);
        }
        if (d.ceremonyDate() != null && d.ceremonyDate().isBefore(d.admissionDate())) {
            throw new InvalidInputException("ceremonyDate", "member.ceremony.beforeAdmission");
        }
        if (d.ceremonyDate() != null && d.ceremonyDate().isAfter(today)) {
            throw new InvalidInputException("ceremonyDate", "member.date.future");
        }
        if (d.officialDate() != null) {
            if (d.ceremonyDate() == null) {
                throw new InvalidInputException("ceremonyDate", "member.event.noCeremony");
            }
            if (d.officialDate().isBefore(d.ceremonyDate())) {
                throw new InvalidInputException("officialDate", "member.event.officialBeforeCeremony");
            }
            if (d.officialDate().isBefore(d.ceremonyDate().plusMonths(LifeCycle.PROBATION_MONTHS))) {
                throw new InvalidInputException(
                        "officialDate",
                        "member.event.probationNotOver",
                        VietnameseText.date(d.ceremonyDate().plusMonths(12)));
            }
            if (d.officialDate().isAfter(today)) {
                throw new InvalidInputException("officialDate", "member.date.future");
            }
        }
        String ethnicity = p.ethnicity() == null || p.ethnicity().isBlank()
                ? "Kinh"
                : Ethnicities.find(p.ethnicity())
                        .orElseThrow(() -> new InvalidInputException("ethnicity", "member.ethnicity.unknown"));
        String citizenId = VietnameseText.clean(p.citizenId());
        if (citizenId != null && !CITIZEN_ID.matcher(citizenId).matches()) {
            throw new InvalidInputException("citizenId", "member.citizenId.format");
        }
        DecisionReference admission = d.admission() == null ? new DecisionReference(null, null, null) : d.admission();
        MemberParticulars clean = p.map((field, value) -> switch (field) {
            case FULL_NAME -> fullName;
            case ETHNICITY -> ethnicity;
            case CITIZEN_ID -> citizenId;
            case THEORY_LEVEL -> value == null ? PoliticalTheoryLevel.NONE : value;
            case UNIT_STAFF -> value == null ? Boolean.TRUE : value;
            default -> value instanceof String s ? text(field.property(), s) : value;
        });
        return new MemberDraft(
                d.organizationId(), clean, d.admissionDate(), admission, d.ceremonyDate(), d.officialDate());
    }

    private static String text(String field, String value) {
        refuseUnstorable(field, value);
        String clean = VietnameseText.clean(value);
        if (clean != null && clean.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "validation.tooLong", MAX_TEXT);
        }
        return clean;
    }

    static void refuseUnstorable(String field, String value) {
        StorableText.require(field, value);
    }

    /** "Nam"/"Nữ" (or the code); null when blank. */
    public static Gender gender(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (VietnameseText.key(text)) {
            case "nam", "male", "m" -> Gender.MALE;
            case "nu", "female", "f" -> Gender.FEMALE;
            default -> throw new InvalidInputException(field, "member.gender.unknown");
        };
    }

    /** "Sơ cấp", "Trung cấp", "Cao cấp", "Cử nhân", "Không" (or the code); NONE when blank. */
    public static PoliticalTheoryLevel theoryLevel(String field, String text) {
        if (text == null || text.isBlank()) {
            return PoliticalTheoryLevel.NONE;
        }
        return switch (VietnameseText.key(text)) {
            case "khong", "none", "chuaco" -> PoliticalTheoryLevel.NONE;
            case "socap", "elementary" -> PoliticalTheoryLevel.ELEMENTARY;
            case "trungcap", "intermediate" -> PoliticalTheoryLevel.INTERMEDIATE;
            case "caocap", "advanced" -> PoliticalTheoryLevel.ADVANCED;
            case "cunhan", "cunhanchinhtri", "bachelor" -> PoliticalTheoryLevel.BACHELOR;
            default -> throw new InvalidInputException(field, "member.theoryLevel.unknown");
        };
    }

    /** dd/mm/yyyy, d-m-yyyy or ISO yyyy-mm-dd; null when blank. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.length() == 10 && t.charAt(4) == '-') {
                return LocalDate.parse(t);
            }
            return LocalDate.parse(t, t.indexOf('/') >= 0 ? DMY : DMY_DASH);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "member.date.format", t);
        }
    }
}
