package vn.chibo.organizations;

/** An education unit as lists and choices show it: its id and its name. */
public record UnitName(long id, String name) {}
