package vn.chibo.elections;

import java.time.LocalDate;

/** The official session as held: its day and what it heard (the reports presented, the discussion papers). */
public record RecordOfficialSession(LocalDate heldOn, String proceedings) {}
