package vn.chibo.elections;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Who makes up the electorate: every official member (đại hội đảng viên), the delegates elected by the lower congresses
 * (đại hội đại biểu), or the members of a committee at its own conference (the new committee's first conference, or a
 * by-election during the term), which elects with the same machinery.
 */
public enum CongressKind {
    @JsonProperty("MEMBER")
    MEMBERS,
    @JsonProperty("DELEGATE")
    DELEGATES,
    @JsonProperty("CONFERENCE")
    COMMITTEE_CONFERENCE
}
