package vn.chibo.organizations;

import java.time.LocalDate;

/** An education unit and its staff counts as a user enters them. */
public record UnitDraft(
        String name,
        UnitKind kind,
        String address,
        Integer managers,
        Integer teachers,
        Integer employees,
        LocalDate staffAsOf) {}
