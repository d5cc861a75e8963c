package vn.chibo.members;

/** A probationer whose recognition as official is upcoming, due or overdue. */
public record RecognitionDue(MemberSummary member, Recognition recognition) {}
