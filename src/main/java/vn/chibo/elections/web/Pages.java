package vn.chibo.elections.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.platform.InvalidInputException;

/**
 * How the congress and election pages answer a form: the action runs, and the page comes back at the section the
 * form belongs to with a notice, or with the rule or field that refused it in Vietnamese.
 */
@Component
class Pages {

    private final MessageSource messages;

    Pages(MessageSource messages) {
        this.messages = messages;
    }

    String act(RedirectAttributes redirect, String page, String section, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", message(e));
            redirect.addFlashAttribute("errorSection", section);
        }
        return "redirect:" + page + "#" + section;
    }

    String message(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        String reason = messages.getMessage(e.messageKey(), e.arguments(), locale);
        String field = messages.getMessage("field." + e.field(), null, null, locale);
        return field == null ? reason : messages.getMessage("inline.error", new Object[] {field, reason}, locale);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
