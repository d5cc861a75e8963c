package vn.chibo.dues;

import java.time.LocalDate;

/** The level above's acknowledgement that it received, on a day, an amount a branch sent up for a closed month. */
public record AcknowledgeDuesReceipt(Long amount, LocalDate dateReceived, String note) {}
