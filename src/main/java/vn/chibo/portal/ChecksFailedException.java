package vn.chibo.portal;

import java.util.List;

/** Submission refused: the checks found defects that nobody overrode with a reason. Nothing was written. */
public class ChecksFailedException extends RuntimeException {

    private final transient List<CheckIssue> issues;

    public ChecksFailedException(List<CheckIssue> issues) {
        super(issues.size() + " submission check(s) failed: " + issues);
        this.issues = List.copyOf(issues);
    }

    public List<CheckIssue> issues() {
        return issues;
    }
}
