package vn.chibo.elections;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Permission;

/**
 * Who may act on a congress or an election, checked before anything a request sends is read: 404 when it lies outside
 * the user's organizations, 403 when she lacks the permission. Pages and the API call it first in every change, so
 * that a refused user learns nothing from the validation of what she sent.
 */
@Component
public class ElectionAccess {

    private final CongressRecords congresses;
    private final ElectionRecords elections;
    private final OrganizationAccess organizations;

    ElectionAccess(CongressRecords congresses, ElectionRecords elections, OrganizationAccess organizations) {
        this.congresses = congresses;
        this.elections = elections;
        this.organizations = organizations;
    }

    /** Managing a congress and its elections (ELECTION_MANAGE on its organization). */
    @Transactional(readOnly = true)
    public void requireManage(CurrentUser user, CongressId congress) {
        organizations.require(user, congresses.load(congress).organizationId(), Permission.ELECTION_MANAGE);
    }

    @Transactional(readOnly = true)
    public void requireManage(CurrentUser user, ElectionId election) {
        requireManage(user, elections.load(election).congressId());
    }

    /**
     * What a delegate does for herself at a congress she sees (asking to speak, withdrawing her request): ELECTION_VIEW
     * on its organization here; {@link CongressSpeakers} checks that she is on its list and the request hers.
     */
    @Transactional(readOnly = true)
    public void requireView(CurrentUser user, CongressId congress) {
        organizations.require(user, congresses.load(congress).organizationId(), Permission.ELECTION_VIEW);
    }

    /** Entering ballots (ELECTION_COUNT on the congress's organization). */
    @Transactional(readOnly = true)
    public void requireCount(CurrentUser user, ElectionId election) {
        CongressId congress = elections.load(election).congressId();
        organizations.require(user, congresses.load(congress).organizationId(), Permission.ELECTION_COUNT);
    }
}
