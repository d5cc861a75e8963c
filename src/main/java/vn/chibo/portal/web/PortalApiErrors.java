package vn.chibo.portal.web;

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
import vn.chibo.portal.ChecksFailedException;

/**
 * A submission the checks stopped gets 400 from the API, as the editor's page does, with each defect's code (to
 * override with a reason) and its text, and nothing written.
 */
@RestControllerAdvice(assignableTypes = {PortalApiController.class, NewsArticleApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalApiErrors {

    private final MessageSource messages;

    PortalApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ChecksFailedException.class)
    ResponseEntity<Map<String, Object>> checksFailed(ChecksFailedException e) {
        List<Map<String, String>> errors = e.issues().stream()
                .map(issue -> Map.of(
                        "field",
                        issue.code().name(),
                        "message",
                        messages.getMessage(
                                issue.messageKey(), issue.arguments().toArray(), LocaleContextHolder.getLocale())))
                .toList();
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "status",
                        HttpStatus.BAD_REQUEST.value(),
                        "message",
                        messages.getMessage("portal.check.failed", null, LocaleContextHolder.getLocale()),
                        "errors",
                        errors));
    }
}
