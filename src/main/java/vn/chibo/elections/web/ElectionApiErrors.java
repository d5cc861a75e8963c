package vn.chibo.elections.web;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.chibo.elections.ElectionRuleException;

/**
 * A proposal that breaks an election rule gets 422 from the API, with the rule's Vietnamese text as the
 * {@code message} (other bad input keeps the platform's 400).
 */
@RestControllerAdvice(assignableTypes = {CongressApiController.class, ElectionApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ElectionApiErrors {

    private final MessageSource messages;

    ElectionApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ElectionRuleException.class)
    ResponseEntity<Map<String, Object>> ruleBroken(ElectionRuleException e) {
        String message = messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "status",
                        422,
                        "message",
                        message,
                        "rule",
                        e.messageKey(),
                        "errors",
                        List.of(Map.of("field", e.field(), "message", message))));
    }
}
