package vn.chibo.organizations;

/**
 * What the head of a Party document names (HD 36-HD/VPTW): the directly higher body, the issuing organization and its
 * abbreviation for document symbols, and the place name of the date line.
 */
public record Letterhead(String higherBody, String issuingBody, String code, String place) {}
