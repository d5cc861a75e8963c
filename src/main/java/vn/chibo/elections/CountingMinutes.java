package vn.chibo.elections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import vn.chibo.documents.DocumentNumber;
import vn.chibo.documents.PartyDocument;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.documents.PartyDocument.Signature;

/**
 * The counting minutes of one round (biên bản kiểm phiếu) in the layout of HD 04-HD/TW's model: the seats the congress
 * decided, the list in ballot order, the counting committee, those summoned, present and absent, the ballots issued,
 * returned, valid and invalid with the reasons, each candidate's votes and percentage of the legal denominator in list
 * order, the elected ranked by votes, and the counting committee's signatures. Pure: it takes the figures and the
 * texts, and gives the document.
 */
final class CountingMinutes {

    private CountingMinutes() {}

    /** Where and when, and who issues the minutes. */
    record Head(String higherBody, String congressLine, String place, LocalDate date, DocumentNumber number) {}

    /** Texts from the bundles: a key and its arguments. */
    interface Texts extends BiFunction<String, Object[], String> {
        default String text(String key, Object... args) {
            return apply(key, args);
        }
    }

    static PartyDocument document(
            Head head,
            String subject,
            ElectionResult r,
            List<ElectionDetails.Teller> tellers,
            AttendanceFigures figures,
            Texts t) {
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph(t.text(
                "minutes.counting.opening",
                head.date().getDayOfMonth(),
                head.date().getMonthValue(),
                Integer.toString(head.date().getYear()),
                head.place() == null ? "" : head.place())));
        for (int i = 0; i < tellers.size(); i++) {
            ElectionDetails.Teller teller = tellers.get(i);
            body.add(Block.paragraph(t.text(
                    teller.head() ? "minutes.counting.tellerHead" : "minutes.counting.teller",
                    i + 1,
                    teller.fullName())));
        }
        body.add(Block.paragraph(t.text("minutes.counting.subject", subject, r.round())));
        body.add(Block.heading(t.text("minutes.counting.heading.list")));
        body.add(Block.paragraph(
                t.text("minutes.counting.seats", r.seats(), r.candidates().size())));
        // The list in one paragraph ("1. …; 2. …"): the results below give each name a line of its own.
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < r.candidates().size(); i++) {
            listed.add(t.text(
                    "minutes.counting.listed", i + 1, r.candidates().get(i).fullName()));
        }
        body.add(Block.paragraph(String.join("; ", listed) + "."));
        body.add(Block.heading(t.text("minutes.counting.heading.attendance")));
        body.add(Block.paragraph(t.text(
                "minutes.counting.attendance",
                figures.summoned(),
                figures.attending(),
                figures.absent(),
                figures.absentAccepted())));
        body.add(Block.paragraph(t.text("minutes.counting.denominator", r.denominator(), r.threshold())));
        body.add(Block.heading(t.text("minutes.counting.heading.ballots")));
        body.add(Block.paragraph(t.text(
                "minutes.counting.ballots",
                r.issued() == null ? 0 : r.issued(),
                r.returned() == null ? r.valid() + r.invalid() : r.returned(),
                r.valid(),
                r.invalid())));
        for (Map.Entry<InvalidBallotCode, Integer> reason : r.invalidByReason().entrySet()) {
            body.add(Block.paragraph(t.text(
                    "minutes.counting.invalidReason",
                    t.text("election.invalid." + reason.getKey().name()),
                    reason.getValue())));
        }
        body.add(Block.heading(t.text("minutes.counting.heading.results")));
        for (int i = 0; i < r.candidates().size(); i++) {
            CandidateResult c = r.candidates().get(i);
            body.add(Block.paragraph(
                    t.text("minutes.counting.result", i + 1, c.fullName(), c.votes(), percent(c.percent()))));
        }
        body.add(Block.heading(t.text("minutes.counting.heading.elected")));
        List<CandidateResult> elected = r.candidates().stream()
                .filter(CandidateResult::elected)
                .sorted(Comparator.comparingInt(CandidateResult::votes).reversed())
                .toList();
        if (elected.isEmpty()) {
            body.add(Block.paragraph(t.text("minutes.counting.noneElected")));
        }
        for (int i = 0; i < elected.size(); i++) {
            CandidateResult c = elected.get(i);
            body.add(Block.paragraph(
                    t.text("minutes.counting.elected", i + 1, c.fullName(), c.votes(), percent(c.percent()))));
        }
        if (r.tieAtCutOff()) {
            String tied = r.candidates().stream()
                    .filter(c -> r.runoff().contains(c.memberId()))
                    .map(CandidateResult::fullName)
                    .collect(Collectors.joining(", "));
            body.add(Block.paragraph(t.text("minutes.counting.tie", tied)));
        } else if (r.unfilledSeats() > 0) {
            body.add(Block.paragraph(t.text("minutes.counting.unfilled", r.unfilledSeats())));
        }
        body.add(Block.paragraph(t.text("minutes.counting.closing")));
        String head0 = tellers.stream()
                .filter(ElectionDetails.Teller::head)
                .map(ElectionDetails.Teller::fullName)
                .findFirst()
                .orElse("");
        String others = tellers.stream()
                .filter(x -> !x.head())
                .map(ElectionDetails.Teller::fullName)
                .collect(Collectors.joining(", "));
        return new PartyDocument(
                head.higherBody(),
                head.congressLine(),
                head.number(),
                head.place(),
                head.date(),
                t.text("minutes.counting.summary", subject, r.round()),
                body,
                List.of(
                        new Signature(null, t.text("minutes.counting.signature.head"), head0),
                        new Signature(null, t.text("minutes.counting.signature.members"), others)),
                List.of());
    }

    /** A percentage as Vietnamese documents write it: a decimal comma, two decimals. */
    static String percent(BigDecimal value) {
        return String.format(Locale.ROOT, "%.2f", value).replace('.', ',');
    }
}
