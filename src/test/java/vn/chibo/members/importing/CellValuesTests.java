package vn.chibo.members.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.chibo.members.MemberRules;
import vn.chibo.platform.InvalidInputException;

/** The shortcuts read every cell exactly as MemberRules does, errors included. */
class CellValuesTests {

    static void same(Supplier<Object> fast, Supplier<Object> rules) {
        Object expected = null;
        InvalidInputException expectedError = null;
        try {
            expected = rules.get();
        } catch (InvalidInputException e) {
            expectedError = e;
        }
        if (expectedError == null) {
            assertThat(fast.get()).isEqualTo(expected);
        } else {
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class, fast::get);
            assertThat(error.field()).isEqualTo(expectedError.field());
            assertThat(error.messageKey()).isEqualTo(expectedError.messageKey());
            assertThat(Arrays.asList(error.arguments())).isEqualTo(Arrays.asList(expectedError.arguments()));
        }
    }

    @Test
    void datesAreReadAsMemberRulesReadsThem() {
        for (String text : List.of(
                "01/02/1980",
                "31/12/1999",
                "29/02/2000",
                "29/02/1900",
                "31/04/2001",
                "00/01/2000",
                "01/13/2000",
                "1/2/1980",
                "01-02-1980",
                "1980-02-01",
                "1980-02-30",
                "1980/02/01",
                " 01/02/1980",
                "01/02/1980 ",
                "0a/02/1980",
                "01/02/0000",
                "xx",
                "",
                " ")) {
            same(() -> CellValues.date("birthDate", text), () -> MemberRules.date("birthDate", text));
        }
        same(() -> CellValues.date("birthDate", null), () -> MemberRules.date("birthDate", null));
    }

    @Test
    void gendersAndTheoryLevelsAreReadAsMemberRulesReadsThem() {
        CellValues cells = new CellValues();
        for (int round = 0; round < 2; round++) {
            for (String text : Arrays.asList("Nam", "Nữ", "nu", "NỮ", " Nam ", "F", "khác", "", " ", null)) {
                same(() -> cells.gender("gender", text), () -> MemberRules.gender("gender", text));
            }
            for (String text : Arrays.asList(
                    "Sơ cấp", "Trung cấp", "Cao cấp", "Cử nhân", "Cử nhân chính trị", "Không", "", " ", "xyz", null)) {
                same(() -> cells.theoryLevel("theoryLevel", text), () -> MemberRules.theoryLevel("theoryLevel", text));
            }
        }
    }
}
