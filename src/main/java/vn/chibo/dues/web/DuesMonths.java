package vn.chibo.dues.web;

import java.time.YearMonth;
import vn.chibo.dues.DuesManagement;
import vn.chibo.platform.InvalidInputException;

/** Months as forms and JSON send them ("2026-12"), refused naming the field when they are not months. */
final class DuesMonths {

    private DuesMonths() {}

    static YearMonth parse(DuesManagement dues, String field, String text) {
        try {
            return dues.month(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.messageKey(), e.arguments());
        }
    }
}
