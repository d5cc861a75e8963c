package vn.chibo.elections;

import java.time.LocalDate;
import java.util.List;

/**
 * The rule set a congress is held to, as pages show it: the regulation and its guidance, from when, the options it
 * takes where the regulations leave a choice (message keys), and the parameters recalled from memory (unverified), as
 * names whose labels are in the bundles.
 */
public record RuleSetInfo(
        String regulation, String guidance, LocalDate effectiveFrom, List<String> options, List<String> fromMemory) {}
