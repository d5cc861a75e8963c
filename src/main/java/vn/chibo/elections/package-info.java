/**
 * Congresses (đại hội) and the elections held at them under the Party's election rules (QĐ 190-QĐ/TW, QĐ 244-QĐ/TW
 * before it): who is summoned and attends, the legal denominator, candidate lists with their surplus, paper ballots
 * entered by computer (with independent double or triple entry), the count and who is elected, round after round,
 * and the counting minutes. It reads organizations, members and documents and writes the results into the
 * organization's new term through its API; it offers no electronic voting.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Congresses and elections",
        allowedDependencies = {"platform", "organizations", "members", "meetings", "documents"})
package vn.chibo.elections;
