package vn.chibo.members.importing;

/** How to import: a dry run writes nothing; {@code validOnly} imports the valid rows instead of all or nothing. */
public record ImportOptions(boolean dryRun, boolean validOnly) {}
