package vn.chibo.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The check a module makes on every change to its records, on the pages and in the API, before Spring reads the form
 * or the JSON, so that a refused user learns nothing from the validation of what she sent. Reads pass; a change whose
 * path has no {@code {id}} goes to {@link #checkNew}, one with an id to {@link #check}; an id that is not a number is
 * not found. A module extends it, names the controllers it guards and registers it for their paths.
 */
public abstract class ChangeAccessCheck implements HandlerInterceptor {

    private final String what;

    /** @param what the kind of record an {@code {id}} names, for the not-found error */
    protected ChangeAccessCheck(String what) {
        this.what = what;
    }

    @Override
    public final boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return true;
        }
        if (!(handler instanceof HandlerMethod h) || !guards(h.getBeanType())) {
            return true;
        }
        CurrentUser user = CurrentUsers.require();
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String raw = variables == null ? null : variables.get("id");
        if (raw == null) {
            checkNew(user);
            return true;
        }
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException(what, raw);
        }
        check(
                user,
                id,
                request.getRequestURI().substring(request.getContextPath().length()));
        return true;
    }

    /** Whether changes handled by the controller are this check's to make. */
    protected abstract boolean guards(Class<?> controller);

    /** A change that names no record (creating one): throws when the user may make it nowhere. */
    protected abstract void checkNew(CurrentUser user);

    /** A change to the record with the id, at the path (without the context path): throws when the user may not. */
    protected abstract void check(CurrentUser user, long id, String path);
}
