package vn.chibo.dues;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.chibo.dues.DuesRecords.LineRow;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.StorableText;

/**
 * The checks on what the branch sends, made before anything is written: each refusal names the field and, where there
 * is one, the member; and what is written, as the audit log keeps it.
 */
final class DuesInput {

    private static final long MAX_PAYMENT = 100_000_000L;
    private static final long MAX_BASE = 10_000_000_000L;
    private static final int NOTE_LENGTH = 500;
    private static final int DECISION_LENGTH = 200;
    private static final int MAX_EXEMPTION_MONTHS = 120;
    /** An accepted reason covers at most a year at a time: the warning counts months within a year. */
    private static final int MAX_EXCUSE_MONTHS = 12;

    private DuesInput() {}

    /** A payment as checked. */
    record Payment(long amount, LocalDate paidOn, PaymentChannel channel, String note) {}

    static Payment payment(RecordDuesPayment command, DuesLine line, YearMonth month, LocalDate today) {
        Long amount = command.amountPaid();
        if (amount == null) {
            throw new InvalidInputException("amountPaid", "dues.amountPaid.required", line.fullName());
        }
        if (amount < 0 || amount > MAX_PAYMENT) {
            throw new InvalidInputException("amountPaid", "dues.amountPaid.range", line.fullName(), MAX_PAYMENT);
        }
        LocalDate paidOn = command.paidOn();
        if (paidOn == null) {
            throw new InvalidInputException("paidOn", "dues.paidOn.required", line.fullName());
        }
        // Members may pay ahead (several months at once) but not more than a year before the month.
        if (paidOn.isAfter(today) || paidOn.isBefore(month.atDay(1).minusYears(1))) {
            throw new InvalidInputException("paidOn", "dues.paidOn.range", line.fullName());
        }
        if (command.channel() == null) {
            throw new InvalidInputException("channel", "dues.channel.required", line.fullName());
        }
        String note = text("note", command.note());
        if (note != null && note.length() > NOTE_LENGTH) {
            throw new InvalidInputException("note", "validation.tooLong", NOTE_LENGTH);
        }
        return new Payment(amount, paidOn, command.channel(), note);
    }

    /** The reason of a correction: required. */
    static String reason(String value, String fullName) {
        return reason(value, fullName, "dues.correction.reason");
    }

    /** A required reason, refused with the message of the key (which names the member) when blank. */
    static String reason(String value, String fullName, String requiredKey) {
        String reason = text("reason", value);
        if (reason == null) {
            throw new InvalidInputException("reason", requiredKey, fullName);
        }
        if (reason.length() > NOTE_LENGTH) {
            throw new InvalidInputException("reason", "validation.tooLong", NOTE_LENGTH);
        }
        return reason;
    }

    /**
     * The amount of a basis under the rules of its first month: a fixed amount within the rules' range, a salary,
     * benefit or pension above nothing (a benefit only where the rules price one), none needed where the rules fix the amount themselves (students, the social pension).
     */
    static Long basisAmount(RecordDuesBasis command, DuesRules rules, String fullName) {
        Long amount = command.amount();
        if (rules.fixedCategory(command.category())) {
            if (amount == null || !rules.fixedAllowed(amount)) {
                throw new InvalidInputException(
                        "amount",
                        "dues.amount.fixedRange",
                        fullName,
                        rules.fixedMinimum(),
                        rules.fixedMaximum(),
                        rules.regulation());
            }
        } else if (command.category() == DuesCategory.SICKNESS_MATERNITY_BENEFIT && rules.benefitPercent() == null) {
            // QĐ 342-QĐ/TW (as party-rules.md §5.2 reports it) prices no benefit: only Quy định 01-QĐ/TW does.
            throw new InvalidInputException("category", "dues.category.notInRules", fullName, rules.regulation());
        } else if (command.category() == DuesCategory.BHXH_SALARY
                || command.category() == DuesCategory.PENSION
                || command.category() == DuesCategory.SICKNESS_MATERNITY_BENEFIT) {
            if (amount == null || amount < 1 || amount > MAX_BASE) {
                throw new InvalidInputException("amount", "dues.amount.base", fullName);
            }
        } else if (amount != null && (amount < 0 || amount > MAX_BASE)) {
            throw new InvalidInputException("amount", "dues.amount.base", fullName);
        }
        return amount;
    }

    /** An exemption or reduction as checked: the reduction's percentage, its last month and the decision. */
    record CheckedRelief(Integer percent, YearMonth until, String decision) {}

    static CheckedRelief relief(RecordDuesRelief command, String fullName) {
        if (command.kind() == null) {
            throw new InvalidInputException("reliefKind", "validation.required");
        }
        if (command.reason() == null) {
            throw new InvalidInputException("reason", "validation.required");
        }
        Integer percent = null;
        if (command.kind() == ReliefKind.REDUCTION) {
            // QĐ 01-QĐ/TW: a reduction is 30, 50 or 70%, for at most 12 months.
            percent = command.percent();
            if (percent == null || (percent != 30 && percent != 50 && percent != 70)) {
                throw new InvalidInputException("percent", "dues.relief.percent", fullName);
            }
        }
        if (command.fromMonth() == null) {
            throw new InvalidInputException("fromMonth", "validation.required");
        }
        int most = command.kind() == ReliefKind.REDUCTION ? DuesRules.REDUCTION_MAX_MONTHS : MAX_EXEMPTION_MONTHS;
        if (command.months() == null || command.months() < 1 || command.months() > most) {
            throw new InvalidInputException("months", "dues.relief.months", fullName, most);
        }
        String decision = text("decision", command.decision());
        if (decision == null) {
            throw new InvalidInputException("decision", "validation.required");
        }
        if (decision.length() > DECISION_LENGTH) {
            throw new InvalidInputException("decision", "validation.tooLong", DECISION_LENGTH);
        }
        return new CheckedRelief(percent, command.fromMonth().plusMonths(command.months() - 1L), decision);
    }

    /** An accepted reason for not paying as checked: its last month and the branch's note. */
    record CheckedExcuse(YearMonth until, String note) {}

    static CheckedExcuse excuse(RecordDuesExcuse command, String fullName) {
        if (command.reason() == null) {
            throw new InvalidInputException("reason", "dues.excuse.reason", fullName);
        }
        if (command.fromMonth() == null) {
            throw new InvalidInputException("fromMonth", "validation.required");
        }
        if (command.months() == null || command.months() < 1 || command.months() > MAX_EXCUSE_MONTHS) {
            throw new InvalidInputException("months", "dues.relief.months", fullName, MAX_EXCUSE_MONTHS);
        }
        String note = text("note", command.note());
        if (note == null) {
            throw new InvalidInputException("note", "dues.excuse.note", fullName);
        }
        if (note.length() > NOTE_LENGTH) {
            throw new InvalidInputException("note", "validation.tooLong", NOTE_LENGTH);
        }
        return new CheckedExcuse(command.fromMonth().plusMonths(command.months() - 1L), note);
    }

    /** A payment as the audit log keeps it, with whether it is more than was due (reported to the level above). */
    static Map<String, Object> written(YearMonth month, DuesLine line, Payment payment) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("month", month.toString());
        after.put("member", line.memberId().value());
        after.put("amountDue", line.amountDue());
        after.put("amountPaid", payment.amount());
        after.put("paidOn", payment.paidOn());
        after.put("channel", payment.channel());
        after.put("note", payment.note());
        after.put("paidMore", line.amountDue() != null && payment.amount() > line.amountDue());
        return after;
    }

    /** A stored line as the audit log keeps it (null when there was none). */
    static Map<String, Object> stored(LineRow line) {
        if (line == null) {
            return null;
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("amountDue", line.amountDue());
        before.put("amountPaid", line.amountPaid());
        before.put("paidOn", line.paidOn());
        before.put("channel", line.channel());
        before.put("note", line.note());
        return before;
    }

    /** A month as Vietnamese documents write it (12/2026). */
    static String monthText(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    /** Free text as stored: stripped, NFC (so that search and sorting see one form of each letter), storable. */
    static String text(String field, String value) {
        String text = InputText.blankToNull(value);
        if (text == null) {
            return null;
        }
        StorableText.require(field, text);
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
