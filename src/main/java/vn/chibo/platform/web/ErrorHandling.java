package vn.chibo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.OnInvalidInput;

/**
 * Turns the modules' exceptions into friendly Vietnamese pages, or JSON under {@code /api}, never a stack trace.
 * Anything unexpected is handled by Spring Boot's error page, which shows our 500 template.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    /** A {@code {name}} in the templates of {@link OnInvalidInput}. */
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final MessageSource messages;
    private final InputMessages inputMessages;

    ErrorHandling(MessageSource messages, InputMessages inputMessages) {
        this.messages = messages;
        this.inputMessages = inputMessages;
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

    /**
     * A body that is not the JSON the API expects: which field could not be read (a date that is no date, a word
     * where a number goes), or that the body as a whole is not JSON.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpServletRequest request, HttpMessageNotReadableException e) {
        String field = "body";
        String key = "validation.unreadableBody";
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof tools.jackson.databind.DatabindException databind
                    && !databind.getPath().isEmpty()) {
                field = databind.getPath().stream()
                        .map(reference -> reference.getPropertyName() != null
                                ? reference.getPropertyName()
                                : Integer.toString(reference.getIndex()))
                        .collect(java.util.stream.Collectors.joining("."));
                key = "validation.invalidValue";
                break;
            }
        }
        String message = messages.getMessage(key, new Object[] {field}, LocaleContextHolder.getLocale());
        return respond(
                request,
                HttpStatus.BAD_REQUEST,
                "error.400.message",
                List.of(Map.of("field", field, "message", message)));
    }

    /** A required request parameter (or form part) that was not sent. */
    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    Object missingParameter(HttpServletRequest request, Exception e) {
        String field = e instanceof MissingServletRequestParameterException p
                ? p.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        String message = messages.getMessage("validation.required", null, LocaleContextHolder.getLocale());
        return respond(
                request,
                HttpStatus.BAD_REQUEST,
                "error.400.message",
                List.of(Map.of("field", field, "message", message)));
    }

    @ExceptionHandler(ForbiddenException.class)
    Object forbidden(HttpServletRequest request) {
        return respond(request, HttpStatus.FORBIDDEN, "error.403.message", List.of());
    }

    /**
     * Refused input: a page's form whose handler says where it goes back to ({@link OnInvalidInput}) returns there
     * with the refusal next to the form; any other page gets the 400 page, and {@code /api} JSON, naming the field.
     */
    @ExceptionHandler(InvalidInputException.class)
    Object invalid(HttpServletRequest request, InvalidInputException e) {
        if (!api(request)
                && request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && handler.hasMethodAnnotation(OnInvalidInput.class)) {
            OnInvalidInput back = handler.getMethodAnnotation(OnInvalidInput.class);
            try {
                return backToForm(request, back, e);
            } catch (IllegalArgumentException unresolved) {
                log.warn("No way back to the form of {}: {}", handler.getShortLogMessage(), unresolved.getMessage());
            }
        }
        return respond(
                request,
                HttpStatus.BAD_REQUEST,
                "error.400.message",
                List.of(Map.of("field", e.field(), "message", inputMessages.reason(e))));
    }

    /** The redirect to the form's page and section, with the flash attributes its template shows the refusal from. */
    private ModelAndView backToForm(HttpServletRequest request, OnInvalidInput back, InvalidInputException e) {
        Map<String, String> variables = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                variables.put(name, values[0]);
            }
        });
        @SuppressWarnings("unchecked")
        Map<String, String> path =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (path != null) {
            variables.putAll(path);
        }
        variables.putAll(OnInvalidInput.Variables.of(request));
        String section = expand(back.section(), variables);
        // The values go in as variables, so that what a user typed is encoded and never read as a template.
        Map<String, String> uri = new HashMap<>(variables);
        UriComponentsBuilder target = UriComponentsBuilder.fromPath(back.redirect());
        for (String name : back.query()) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                target.queryParam(name, "{query." + name + "}");
                uri.put("query." + name, value);
            }
        }
        if (!section.isEmpty()) {
            target.fragment("{section.}");
            uri.put("section.", section);
        }
        String url = target.encode().buildAndExpand(uri).toUriString();
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("error", inputMessages.inline(e));
        if (!section.isEmpty()) {
            flash.put("errorSection", section);
        }
        return new ModelAndView("redirect:" + url);
    }

    /**
     * The database refused a write that the module's own checks had let through, because another request changed the
     * same data in the meantime (two people adding overlapping terms at once, a serialization failure, ...). The
     * transaction was rolled back, so nothing was written: 409 with what was in the way, never a 500.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class})
    Object conflict(HttpServletRequest request, RuntimeException e) {
        String reason = conflictReason(e);
        // The constraint's name, never the message: PostgreSQL's details name the row's values (personal data).
        log.warn("Write refused by the database ({}, constraint {})", reason, constraintName(e));
        String message = messages.getMessage(reason, null, LocaleContextHolder.getLocale());
        return respond(request, HttpStatus.CONFLICT, "error.409.message", List.of(Map.of("message", message)));
    }

    /** The name of the constraint PostgreSQL reports, or "-". */
    static String constraintName(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.postgresql.util.PSQLException sql && sql.getServerErrorMessage() != null) {
                String constraint = sql.getServerErrorMessage().getConstraint();
                return constraint == null ? "-" : constraint;
            }
        }
        return "-";
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

    /** The text with each {@code {name}} replaced by its value, as typed. */
    private static String expand(String template, Map<String, String> variables) {
        return VARIABLE.matcher(template).replaceAll(match -> {
            String value = variables.get(match.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for {" + match.group(1) + "} in " + template);
            }
            return java.util.regex.Matcher.quoteReplacement(value);
        });
    }

    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private Object respond(
            HttpServletRequest request, HttpStatus status, String messageKey, List<Map<String, String>> errors) {
        String message = messages.getMessage(messageKey, null, LocaleContextHolder.getLocale());
        if (api(request)) {
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
