package vn.chibo.organizations;

import java.util.List;

/** A node of the organization tree with its children, in Vietnamese name order. */
public record OrganizationNode(OrganizationSummary organization, List<OrganizationNode> children) {}
