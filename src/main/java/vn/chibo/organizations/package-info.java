/**
 * The Party organization tree over time (types, re-parenting with effective dates, dissolution), the education units
 * attached to organizations with their staff counts, terms and committees, and the scope of every grant over the tree.
 * It keeps no member records.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organizations",
        allowedDependencies = {"platform"})
package vn.chibo.organizations;
