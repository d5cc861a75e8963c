/**
 * Demonstration data for the {@code demo} profile: a fictional provincial education-sector Party committee with its
 * branches, units, terms, committees and accounts. Written for ChiBo; no real persons. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {
            "platform",
            "organizations",
            "members",
            "meetings",
            "elections",
            "reviews",
            "dues",
            "portal",
            "portal :: media",
            "documents",
            "admissions"
        })
package vn.chibo.demo;
