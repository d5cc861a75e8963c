package vn.chibo.platform;

import java.util.Map;

/**
 * A block of the signed-in home page, contributed by a module as a bean: a Thymeleaf fragment and the model it needs.
 */
public interface HomeSection {

    int order();

    /** The fragment expression, e.g. {@code organizations/home :: section}. */
    String fragment();

    /** The model of the fragment for this user, or null to show nothing. */
    Map<String, Object> model(CurrentUser user);
}
