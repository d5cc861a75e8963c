package vn.chibo.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Where a page's form goes back to when the input is refused ({@link InvalidInputException}): the platform's error
 * handling redirects there, to the form's section, with the refusal in Vietnamese in the flash attributes
 * {@code error} (the field's label and the reason, see {@link InputMessages#inline}) and {@code errorSection} (the
 * section, when one is named), which the page's template shows next to the form. Nothing has been written then: the
 * services throw before writing, or inside their transaction, which rolls back.
 *
 * <p>{@code {name}} in {@link #redirect} and {@link #section} stands for the handler's path variable of that name,
 * else a value the handler gave with {@link Variables#put}, else the request parameter. Without the annotation a
 * page answers bad input with the generic 400 page, and {@code /api} with JSON naming the field.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OnInvalidInput {

    /** The page to go back to, a local path such as {@code /meetings/{id}}. */
    String redirect();

    /** The form's section on that page: the anchor of the redirect and the flash attribute {@code errorSection}. */
    String section() default "";

    /** Request parameters carried into the redirect's query, when they were sent (such as a filter). */
    String[] query() default {};

    /** Values for the templates that only the handler knows, once it has looked them up. */
    final class Variables {

        static final String ATTRIBUTE = OnInvalidInput.class.getName() + ".variables";

        private Variables() {}

        /** Names {@code value} {@code {name}} for the redirect of the current request, should its input be refused. */
        public static void put(String name, Object value) {
            RequestAttributes request = RequestContextHolder.currentRequestAttributes();
            @SuppressWarnings("unchecked")
            Map<String, String> variables =
                    (Map<String, String>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            if (variables == null) {
                variables = new HashMap<>();
                request.setAttribute(ATTRIBUTE, variables, RequestAttributes.SCOPE_REQUEST);
            }
            variables.put(name, String.valueOf(value));
        }

        /** The values the handler gave for the current request. */
        @SuppressWarnings("unchecked")
        public static Map<String, String> of(jakarta.servlet.http.HttpServletRequest request) {
            Object variables = request.getAttribute(ATTRIBUTE);
            return variables == null ? Map.of() : (Map<String, String>) variables;
        }
    }
}
