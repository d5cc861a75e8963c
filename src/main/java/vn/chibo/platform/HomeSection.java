package vn.chibo.platform;

import java.util.Map;
import java.util.function.Function;

/**
 * A block of the signed-in home page, contributed by a module as a bean: a Thymeleaf fragment and the model it needs.
 */
public interface HomeSection {

    int order();

    /** The fragment expression, e.g. {@code organizations/home :: section}. */
    String fragment();

    /** The model of the fragment for this user, or null to show nothing. */
    Map<String, Object> model(CurrentUser user);

    /** A section at {@code order} showing {@code fragment} with the model {@code model} gives a user (null: nothing). */
    static HomeSection of(int order, String fragment, Function<CurrentUser, Map<String, Object>> model) {
        return new HomeSection() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public String fragment() {
                return fragment;
            }

            @Override
            public Map<String, Object> model(CurrentUser user) {
                return model.apply(user);
            }
        };
    }
}
