package vn.chibo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;

/**
 * Turns the modules' exceptions into friendly Vietnamese pages, or JSON under {@code /api}, never a stack trace.
 * Anything unexpected is handled by Spring Boot's error page, which shows our 500 template.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(HttpServletRequest request, HttpServletResponse response) {
        return respond(request, HttpStatus.NOT_FOUND, "error.404.message", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object badParameter(HttpServletRequest request, MethodArgumentTypeMismatchException e) {
        // A malformed id in a path is a page that does not exist; a malformed query parameter is bad input.
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return respond(request, HttpStatus.NOT_FOUND, "error.404.message", List.of());
        }
        String message = messages.getMessage(
                "validation.invalidValue", new Object[] {e.getName()}, LocaleContextHolder.getLocale());
        return respond(
                request,
                HttpStatus.BAD_REQUEST,
                "error.400.message",
                List.of(Map.of("field", e.getName(), "message", message)));
    }

    @ExceptionHandler(ForbiddenException.class)
    Object forbidden(HttpServletRequest request) {
        return respond(request, HttpStatus.FORBIDDEN, "error.403.message", List.of());
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(HttpServletRequest request, InvalidInputException e) {
        String message = messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
        return respond(
                request,
                HttpStatus.BAD_REQUEST,
                "error.400.message",
                List.of(Map.of("field", e.field(), "message", message)));
    }

    /**
     * The database refused a write that the module's own checks had let through, because another request changed the
     * same data in the meantime (two people adding overlapping terms at once, a serialization failure, ...). The
     * transaction was rolled back, so nothing was written: 409 with what was in the way, never a 500.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class})
    Object conflict(HttpServletRequest request, RuntimeException e) {
        String reason = conflictReason(e);
        log.warn("Write refused by the database ({}): {}", reason, e.getMessage());
        String message = messages.getMessage(reason, null, LocaleContextHolder.getLocale());
        return respond(request, HttpStatus.CONFLICT, "error.409.message", List.of(Map.of("message", message)));
    }

    /** The message key for the SQL state of the refusal (PostgreSQL's class 23 and 40 codes). */
    static String conflictReason(Throwable e) {
        String state = null;
        for (Throwable cause = e; cause != null && state == null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                state = sql.getSQLState();
            }
        }
        if (state == null) {
            return "error.409.other";
        }
        return switch (state) {
            case "23P01" -> "error.409.overlap";
            case "23505" -> "error.409.duplicate";
            case "23503" -> "error.409.reference";
            case "40001", "40P01" -> "error.409.concurrent";
            default -> "error.409.other";
        };
    }

    private Object respond(
            HttpServletRequest request, HttpStatus status, String messageKey, List<Map<String, String>> errors) {
        String message = messages.getMessage(messageKey, null, LocaleContextHolder.getLocale());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", status.value(), "message", message, "errors", errors));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("errors", errors);
        return page;
    }
}
