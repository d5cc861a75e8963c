package vn.chibo.meetings;

import java.time.LocalDate;

/**
 * A committee's guidance of a month's branch meetings as a user enters it: the number of the guidance document (e.g.
 * "25-HD/ĐU", optional), the day it was issued, what the regular meetings should take up, and the thematic topic it
 * proposes (optional).
 */
public record GuidanceDraft(String documentNumber, LocalDate issuedOn, String content, String thematicTopic) {}
