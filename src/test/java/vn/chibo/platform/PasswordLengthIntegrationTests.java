package vn.chibo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chibo.ChiboIntegrationTest;

/**
 * bcrypt reads at most 72 bytes of a password: a longer one is refused with a clear message naming the field (it used
 * to fail inside the encoder, a 500), and a Vietnamese passphrase is measured in bytes, not letters.
 */
@ChiboIntegrationTest
class PasswordLengthIntegrationTests {

    @Autowired
    UserManagement users;

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedByItsBytes() {
        assertThatThrownBy(() ->
                        users.createUser(CurrentUser.system(), "matkhau.dai", "Người thử", "a".repeat(100), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.messageKey()).isEqualTo("account.password.tooLong");
                });
        // Fifty-nine letters, seventy-six bytes.
        String vietnamese = "Đảng Cộng sản Việt Nam quang vinh muôn năm, Bác Hồ sống mãi";
        assertThat(vietnamese.length()).isLessThan(72);
        assertThatThrownBy(
                        () -> users.createUser(CurrentUser.system(), "matkhau.co.dau", "Người thử", vietnamese, false))
                .isInstanceOf(InvalidInputException.class);

        long id = users.createUser(CurrentUser.system(), "matkhau.vua", "Người thử", "b".repeat(72), false);
        assertThat(id).isPositive();
    }
}
