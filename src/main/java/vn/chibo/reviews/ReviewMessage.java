package vn.chibo.reviews;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Something the rules say about a member or an organization, as a message key with its arguments (numbers and
 * {@link java.time.LocalDate}s, which the pages format).
 */
public record ReviewMessage(String messageKey, List<Object> arguments) {

    public ReviewMessage {
        arguments = List.copyOf(arguments);
    }

    public static ReviewMessage of(String messageKey, Object... arguments) {
        return new ReviewMessage(messageKey, Arrays.asList(arguments));
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The message for a {@link org.springframework.context.MessageSource}, with dates as Vietnamese documents write
     * them (dd/MM/yyyy) and scores without trailing zeros, so that pages, the API and refusals word it alike.
     */
    public MessageSourceResolvable resolvable() {
        Object[] formatted = arguments.stream().map(ReviewMessage::formatted).toArray();
        return new DefaultMessageSourceResolvable(new String[] {messageKey}, formatted, messageKey);
    }

    private static Object formatted(Object argument) {
        if (argument instanceof LocalDate date) {
            return date.format(DATE);
        }
        if (argument instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return argument;
    }
}
