package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.chibo.platform.InvalidInputException;

/**
 * Text PostgreSQL would refuse to store (a NUL, half of a UTF-16 pair) is refused as bad input naming the field, not
 * left to the database (which answered 409, found by HostileInputIntegrationTests).
 */
class UnstorableTextTests {

    @Test
    void controlCharactersAndBrokenPairsAreRefusedByField() {
        for (String bad : new String[] {"Nguyễn\u0000Hương", "Lan\uD800", "\uDC00Mai", "Tên\u0007"}) {
            assertThatThrownBy(() -> MemberRules.refuseUnstorable("fullName", bad))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("fullName");
                        org.assertj.core.api.Assertions.assertThat(e.messageKey())
                                .isEqualTo("validation.invalidCharacters");
                    });
        }
    }

    @Test
    void vietnameseTextLineBreaksAndEmojiPass() {
        assertThatCode(() -> MemberRules.refuseUnstorable("job", "Giáo viên Toán\r\nTổ trưởng\t🙂 Đảng viên"))
                .doesNotThrowAnyException();
        assertThatCode(() -> MemberRules.refuseUnstorable("job", null)).doesNotThrowAnyException();
    }
}
