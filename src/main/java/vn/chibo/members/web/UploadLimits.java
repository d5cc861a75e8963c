package vn.chibo.members.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** An upload above the size limit gets a clear message on the import page or in the API answer, not an error page. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

    private final MessageSource messages;

    UploadLimits(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        String message = messages.getMessage("import.file.tooLarge", null, LocaleContextHolder.getLocale());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of(
                            "status",
                            413,
                            "message",
                            message,
                            "errors",
                            List.of(Map.of("field", "file", "message", message))));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", 413);
        page.addObject("errors", List.of(Map.of("field", "file", "message", message)));
        return page;
    }
}
