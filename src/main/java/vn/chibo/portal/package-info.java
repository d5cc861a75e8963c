/**
 * The public portal of every unit: sites (main and component) with their categories, articles and their editorial
 * workflow with revisions, the media library, and what readers see and do (public pages, feeds, ratings, visit
 * counts). It reads organizations for scoping and owns no member data.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Portal",
        allowedDependencies = {"platform", "organizations", "meetings", "elections"})
package vn.chibo.portal;
