package vn.chibo.members.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.chibo.members.ActivityState;
import vn.chibo.members.AgeBand;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberQuery;
import vn.chibo.members.MemberStatus;
import vn.chibo.members.PoliticalTheoryLevel;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.InputText;

/** The filters of the member list page, bound from the query string. */
class MemberFilter {

    private Long org;
    private String q;
    private MemberStatus status;
    private ActivityState activity;
    private PoliticalTheoryLevel level;
    private Gender gender;
    private AgeBand age;
    private String ethnicity;
    private Long unit;
    private String position;
    private int page;
    private int size = 25;

    MemberQuery toQuery() {
        return new MemberQuery(
                org == null ? null : OrganizationId.of(org),
                q,
                status,
                activity,
                level,
                gender,
                age,
                InputText.blankToNull(ethnicity),
                unit,
                InputText.blankToNull(position),
                page,
                size);
    }

    /** The filters as a query string without the page, for pager, export and print links. */
    String queryString() {
        List<String> parts = new ArrayList<>();
        add(parts, "org", org);
        add(parts, "q", q);
        add(parts, "status", status);
        add(parts, "activity", activity);
        add(parts, "level", level);
        add(parts, "gender", gender);
        add(parts, "age", age);
        add(parts, "ethnicity", ethnicity);
        add(parts, "unit", unit);
        add(parts, "position", position);
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public ActivityState getActivity() {
        return activity;
    }

    public void setActivity(ActivityState activity) {
        this.activity = activity;
    }

    public PoliticalTheoryLevel getLevel() {
        return level;
    }

    public void setLevel(PoliticalTheoryLevel level) {
        this.level = level;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public AgeBand getAge() {
        return age;
    }

    public void setAge(AgeBand age) {
        this.age = age;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }
}
