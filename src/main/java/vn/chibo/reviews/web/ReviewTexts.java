package vn.chibo.reviews.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chibo.meetings.MeetingYear;
import vn.chibo.meetings.ScoreBand;
import vn.chibo.reviews.ReviewMessage;

/** What the rules say, in the user's language, for the pages ({@code ${@reviewTexts.text(message)}}). */
@Component("reviewTexts")
class ReviewTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    ReviewTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(ReviewMessage message) {
        return messages.getMessage(message.resolvable(), LocaleContextHolder.getLocale());
    }

    /** "15/12/2025". */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "86,5": a decimal as Vietnamese writes it. */
    public String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** "Tốt 8; Khá 2": the bands of a year's scored meetings that occurred, best first. */
    public String bands(MeetingYear.Summary year) {
        List<String> parts = new ArrayList<>();
        for (ScoreBand band : ScoreBand.values()) {
            if (year.count(band) > 0) {
                parts.add(messages.getMessage("band." + band, null, LocaleContextHolder.getLocale()) + " "
                        + year.count(band));
            }
        }
        return String.join("; ", parts);
    }
}
