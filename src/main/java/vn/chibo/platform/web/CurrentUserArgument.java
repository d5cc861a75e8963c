package vn.chibo.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.CurrentUsers;

/**
 * Gives a handler method that declares a {@link CurrentUser} parameter the signed-in user, so that controllers never
 * reach into the security context themselves. Security lets only signed-in users reach such handlers; a request that
 * gets there anyway without one is refused (403) rather than served as nobody.
 */
final class CurrentUserArgument implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public CurrentUser resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return CurrentUsers.require();
    }
}
