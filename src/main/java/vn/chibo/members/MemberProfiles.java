package vn.chibo.members;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Permission;

/**
 * The particulars by which papers to the higher committee describe a few named members, such as those a congress
 * elected (danh sách trích ngang): birth, gender, ethnicity, religion, home town, education, political theory, the
 * dates of admission and of official membership, and position. None of them is personal data in the record's sense
 * (no citizen id, residence or family), and each is given only for a member the reader may see (MEMBER_VIEW on her
 * organization); the others are left out of the answer.
 */
@Service
public class MemberProfiles {

    private final JdbcClient jdbc;
    private final OrganizationAccess organizations;

    MemberProfiles(JdbcClient jdbc, OrganizationAccess organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** A member as the particulars list (trích ngang) gives her. */
    public record Profile(
            MemberId id,
            String fullName,
            Gender gender,
            LocalDate birthDate,
            String ethnicity,
            String religion,
            String homeTown,
            String generalEducation,
            String qualification,
            String academicTitle,
            PoliticalTheoryLevel theoryLevel,
            String position,
            LocalDate admissionDate,
            LocalDate officialDate) {

        /** Her age in completed years on the date. */
        public int ageOn(LocalDate date) {
            return Period.between(birthDate, date).getYears();
        }

        /**
         * The categories of the statistics forms (HD 11-HD/BTCTW) she falls in on the date, one in each dimension of
         * her make-up: gender, ethnicity, age band, religion, qualification and political theory.
         */
        public Set<MemberCategory> categories(LocalDate date) {
            Set<MemberCategory> in = EnumSet.noneOf(MemberCategory.class);
            in.add(MemberCategory.of(gender));
            in.add(MemberStatistics.isKinh(ethnicity) ? MemberCategory.KINH : MemberCategory.MINORITY);
            in.add(MemberCategory.of(MemberStatistics.ageBand(ageOn(date))));
            in.add(MemberStatistics.hasReligion(religion) ? MemberCategory.RELIGIOUS : MemberCategory.NO_RELIGION);
            in.add(MemberCategory.of(QualificationLevel.of(qualification)));
            in.add(MemberCategory.of(theoryLevel));
            return in;
        }
    }

    /**
     * The profiles of the members named, in the order named, for those the user may see; an unknown member or one
     * outside the user's MEMBER_VIEW is absent from the map.
     */
    @Transactional(readOnly = true)
    public Map<MemberId, Profile> of(CurrentUser user, Collection<MemberId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<MemberId, Profile> found = new HashMap<>();
        Map<Long, Boolean> visible = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT id, organization_id, full_name, gender, birth_date, ethnicity, religion, home_town,
                               general_education, qualification, academic_title, theory_level, position,
                               admission_date, official_date
                        FROM members.member WHERE id = ANY(:ids)
                        """)
                .param("ids", ids.stream().map(MemberId::value).distinct().toArray(Long[]::new))
                .query(rs -> {
                    long organization = rs.getLong("organization_id");
                    boolean mayView = visible.computeIfAbsent(organization, o -> organizations
                            .permissions(user, OrganizationId.of(o))
                            .contains(Permission.MEMBER_VIEW));
                    if (!mayView) {
                        return;
                    }
                    MemberId id = MemberId.of(rs.getLong("id"));
                    found.put(
                            id,
                            new Profile(
                                    id,
                                    rs.getString("full_name"),
                                    Gender.valueOf(rs.getString("gender")),
                                    rs.getObject("birth_date", LocalDate.class),
                                    rs.getString("ethnicity"),
                                    rs.getString("religion"),
                                    rs.getString("home_town"),
                                    rs.getString("general_education"),
                                    rs.getString("qualification"),
                                    rs.getString("academic_title"),
                                    PoliticalTheoryLevel.valueOf(rs.getString("theory_level")),
                                    rs.getString("position"),
                                    rs.getObject("admission_date", LocalDate.class),
                                    rs.getObject("official_date", LocalDate.class)));
                });
        Map<MemberId, Profile> ordered = new LinkedHashMap<>();
        for (MemberId id : List.copyOf(ids)) {
            Profile p = found.get(id);
            if (p != null) {
                ordered.put(id, p);
            }
        }
        return ordered;
    }
}
