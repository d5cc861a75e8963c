/**
 * The platform every module stands on: users and their grants, security, the audit log, the web layout and error
 * pages, and the embedded PostgreSQL. It knows nothing of Party organizations, members or meetings.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
package vn.chibo.platform;
