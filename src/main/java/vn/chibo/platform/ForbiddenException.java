package vn.chibo.platform;

/** The user may see the thing but not do this to it: answers 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
