package vn.chibo.members.importing;

import java.sql.SQLException;

/** A failed look-up of existing members. */
final class LookupFailed extends IllegalStateException {
    LookupFailed(SQLException cause) {
        super("Looking up existing members failed", cause);
    }
}
