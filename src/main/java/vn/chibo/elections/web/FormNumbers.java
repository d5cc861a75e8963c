package vn.chibo.elections.web;

import vn.chibo.platform.InvalidInputException;

/** Whole numbers typed into the congress pages' forms, refused naming their field when they are none. */
final class FormNumbers {

    private FormNumbers() {}

    /** The number typed, from 0 to the largest int; otherwise refused naming {@code field}. */
    static long whole(String field, String value) {
        try {
            long n = Long.parseLong(value.strip());
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw new InvalidInputException(field, "validation.invalidValue", value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "validation.invalidValue", value);
        }
    }
}
