package vn.chibo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.platform.UserManagement;

/** The first administrator's random password goes to a private file in the data directory, never to the log. */
@ExtendWith(OutputCaptureExtension.class)
class AdministratorBootstrapTests {

    @TempDir
    Path data;

    @Test
    void aGeneratedPasswordIsWrittenToAFileOnlyThisAccountReadsAndNotLogged(CapturedOutput output) throws Exception {
        UserManagement users = mock(UserManagement.class);
        when(users.countUsers()).thenReturn(0L);
        when(users.createUser(any(), eq("admin"), anyString(), anyString(), anyBoolean()))
                .thenReturn(1L);
        new AdministratorBootstrap(
                        users,
                        new TransactionTemplate(mock(PlatformTransactionManager.class)),
                        "",
                        new MockEnvironment(),
                        data)
                .run(null);

        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
        verify(users).createUser(any(), eq("admin"), anyString(), password.capture(), eq(true));
        Path file = data.resolve(AdministratorBootstrap.PASSWORD_FILE);
        assertThat(Files.readString(file).strip())
                .isEqualTo(password.getValue())
                .hasSize(16);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(output.getAll()).doesNotContain(password.getValue()).contains(AdministratorBootstrap.PASSWORD_FILE);
    }
}
