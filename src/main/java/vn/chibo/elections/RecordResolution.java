package vn.chibo.elections;

import java.util.List;

/** The congress resolution as adopted: its title and text, the vote on it, and its targets. */
public record RecordResolution(
        String title, String content, int agree, int disagree, int abstain, List<Target> targets) {}
