package vn.chibo.members.importing;

/** The user cancelled the import while it ran: its transaction is rolled back. */
final class ImportCancelled extends RuntimeException {
    ImportCancelled() {
        super("cancelled", null, false, false);
    }
}
