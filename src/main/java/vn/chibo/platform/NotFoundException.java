package vn.chibo.platform;

/**
 * The thing asked for does not exist, or the user may not know that it exists: both answer 404, so that ids cannot be
 * probed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
