/**
 * The records of party members and their life cycle (admission, recognition, exemption, transfers, exits), party age,
 * badges and recognition deadlines, with search, import and export. It reads the organization tree through the
 * organizations module's API for scope and names, and never changes it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Members",
        allowedDependencies = {"organizations", "platform"})
package vn.chibo.members;
