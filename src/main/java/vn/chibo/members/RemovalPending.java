package vn.chibo.members;

import java.time.LocalDate;

/**
 * A member still on the list whose branch has voted to propose her removal (đề nghị xóa tên): the competent committee
 * has her case to decide. {@code meetingId} is the meeting the branch voted at, when ChiBo recorded it.
 */
public record RemovalPending(MemberSummary member, LocalDate votedOn, Long meetingId) {}
