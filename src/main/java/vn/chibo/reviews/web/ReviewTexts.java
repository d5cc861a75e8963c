package vn.chibo.reviews.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chibo.reviews.ReviewMessage;

/** What the rules say, in the user's language, for the pages ({@code ${@reviewTexts.text(message)}}). */
@Component("reviewTexts")
class ReviewTexts {

    private final MessageSource messages;

    ReviewTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(ReviewMessage message) {
        return messages.getMessage(message.resolvable(), LocaleContextHolder.getLocale());
    }
}
