package vn.chibo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Permission;
import vn.chibo.platform.Role;
import vn.chibo.platform.UploadRoute;

/** The upload guard decides on an upload from its headers and the signed-in user alone: not a byte of it is read. */
class UploadGuardTests {

    static final Locale VI = Locale.forLanguageTag("vi");

    final UploadGuard pages = guard(false);
    final UploadGuard api = guard(true);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anUploadLargerThanItsRouteAllowsIsRefusedWithoutBeingRead() throws Exception {
        signIn(Role.EDITOR);
        MockHttpServletResponse response = run(pages, upload("/portal/sites/3/media", DataSize.ofMegabytes(12)));
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getHeader("Connection")).isEqualTo("close");
        assertThat(response.getContentAsString()).contains("tối đa 10 MB").contains("lang=\"vi\"");

        // The import takes much more.
        signIn(Role.SECRETARY);
        assertThat(run(pages, upload("/members/import", DataSize.ofMegabytes(300)))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void anyOtherRouteTakesOnlyASmallMultipartRequest() throws Exception {
        signIn(Role.SECRETARY);
        assertThat(run(pages, upload("/organizations/5/edit", DataSize.ofKilobytes(900)))
                        .getStatus())
                .isEqualTo(200);
        assertThat(run(pages, upload("/organizations/5/edit", DataSize.ofMegabytes(2)))
                        .getStatus())
                .isEqualTo(413);
    }

    @Test
    void strangersGoToTheLoginFormAndTheApiSays401() throws Exception {
        MockHttpServletResponse page = run(pages, upload("/members/import", DataSize.ofMegabytes(5)));
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).isEqualTo("/login");
        MockHttpServletResponse json = run(api, upload("/api/v1/members/import", DataSize.ofMegabytes(5)));
        assertThat(json.getStatus()).isEqualTo(401);
        assertThat(json.getContentType()).startsWith("application/json");
    }

    @Test
    void someoneWithoutTheRoutesPermissionAnywhereGets403() throws Exception {
        signIn(Role.EDITOR);
        assertThat(run(pages, upload("/members/import", DataSize.ofMegabytes(5)))
                        .getStatus())
                .isEqualTo(403);
        signIn(Role.MEMBER);
        assertThat(run(api, upload("/api/v1/members/import", DataSize.ofMegabytes(5)))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aChunkedUploadWhoseSizeIsUnknownIsRefused() throws Exception {
        signIn(Role.SECRETARY);
        UnreadableRequest request = upload("/members/import", DataSize.ofBytes(0));
        request.addHeader("Transfer-Encoding", "chunked");
        assertThat(run(pages, request).getStatus()).isEqualTo(411);
    }

    @Test
    void requestsThatAreNotUploadsPassUntouched() throws Exception {
        UnreadableRequest form = new UnreadableRequest("/organizations/5/edit", 10_000_000);
        form.setContentType("application/x-www-form-urlencoded");
        assertThat(run(pages, form).getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse run(UploadGuard guard, UnreadableRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean passed = new AtomicBoolean();
        guard.doFilter(request, response, (req, res) -> passed.set(true));
        if (response.getStatus() == 200) {
            assertThat(passed).as("a request the guard lets through goes on").isTrue();
        } else {
            assertThat(passed).as("a refused request goes no further").isFalse();
        }
        return response;
    }

    private static UnreadableRequest upload(String path, DataSize size) {
        UnreadableRequest request = new UnreadableRequest(path, size.toBytes());
        request.setContentType("multipart/form-data; boundary=----chibo");
        return request;
    }

    private static void signIn(Role role) {
        CurrentUser user = new CurrentUser(42, "thu.tai.len", "Người thử tải lên", List.of(new Grant(7L, role)));
        ChiboPrincipal principal = new ChiboPrincipal(user, null, true, false, 0, null);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private static UploadGuard guard(boolean api) {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("upload.tooLarge", VI, "Tệp tải lên quá lớn: tối đa {0} MB.");
        messages.addMessage("upload.lengthRequired", VI, "Cần Content-Length.");
        messages.addMessage("api.error.unauthorized", VI, "Cần đăng nhập.");
        messages.addMessage("error.403.message", VI, "Không có quyền.");
        messages.addMessage("error.error.title", VI, "Có lỗi xảy ra");
        messages.addMessage("error.home", VI, "Về trang chủ");
        return new UploadGuard(
                List.of(
                        new UploadRoute("/members/import", Permission.MEMBER_MANAGE, DataSize.ofMegabytes(512)),
                        new UploadRoute("/api/v1/members/import", Permission.MEMBER_MANAGE, DataSize.ofMegabytes(512)),
                        new UploadRoute("/portal/sites/{id}/media", Permission.PORTAL_EDIT, DataSize.ofMegabytes(10))),
                DataSize.ofMegabytes(1),
                new ApiErrorResponses(messages, new FixedLocaleResolver(VI)),
                api);
    }

    /** A POST whose body and parameters fail the test if anything reads them. */
    static final class UnreadableRequest extends MockHttpServletRequest {

        private final long length;

        UnreadableRequest(String path, long length) {
            super("POST", path);
            this.length = length;
        }

        @Override
        public long getContentLengthLong() {
            return length;
        }

        @Override
        public int getContentLength() {
            return (int) Math.min(Integer.MAX_VALUE, length);
        }

        @Override
        public ServletInputStream getInputStream() {
            throw new AssertionError("the upload was read");
        }

        @Override
        public BufferedReader getReader() {
            throw new AssertionError("the upload was read");
        }

        @Override
        public String getParameter(String name) {
            throw new AssertionError("a parameter was read, and the upload with it");
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            throw new AssertionError("a parameter was read, and the upload with it");
        }

        @Override
        public Collection<Part> getParts() {
            throw new AssertionError("the upload was read");
        }
    }
}
