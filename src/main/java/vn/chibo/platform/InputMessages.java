package vn.chibo.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * How every page words refused input ({@link InvalidInputException}) in the user's language: the reason alone, or,
 * inline next to a form, the field's label ({@code field.<name>} in the bundles) and the reason.
 */
@Component
public class InputMessages {

    private final MessageSource messages;

    public InputMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The field's label and the reason ({@code inline.error}); the reason alone when the field has no label. */
    public String inline(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        String reason = reason(e);
        String field = messages.getMessage("field." + e.field(), null, null, locale);
        return field == null ? reason : messages.getMessage("inline.error", new Object[] {field, reason}, locale);
    }

    /** Why the input was refused, without the field. */
    public String reason(InvalidInputException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
    }

    /**
     * Makes a refused form's answer one that shows the form again, with what was typed, which a redirect would lose:
     * status 400 and the field's reason in the model as {@code fieldErrors}.
     */
    public void showAgain(Model model, HttpServletResponse response, InvalidInputException e) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("fieldErrors", Map.of(e.field(), reason(e)));
    }

    /** Any text of the bundles, in the user's language. */
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /**
     * Refuses a form whose binding failed (a date that is no date, a word where a number goes) as the rules refuse
     * input: {@link InvalidInputException} naming the first such field and the value typed.
     */
    public static void requireBound(BindingResult binding) {
        if (binding.hasFieldErrors()) {
            FieldError error = binding.getFieldError();
            throw new InvalidInputException(
                    error.getField(), "validation.invalidValue", String.valueOf(error.getRejectedValue()));
        }
    }
}
