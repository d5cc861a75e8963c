package vn.chibo.elections;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.elections.ElectionRecords.RoundRow;
import vn.chibo.elections.rules.Violation;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/** The checks every change to an election makes first: who may, whether the congress and election are still open. */
@Component
class ElectionGuards {

    private final ElectionRecords records;
    private final CongressRecords congresses;
    private final OrganizationAccess organizations;

    ElectionGuards(ElectionRecords records, CongressRecords congresses, OrganizationAccess organizations) {
        this.records = records;
        this.congresses = congresses;
        this.organizations = organizations;
    }

    /** The congress, closed or not, if the user holds the permission in its organization. */
    CongressRecords.Row congress(CurrentUser user, CongressId id, Permission permission) {
        CongressRecords.Row congress = congresses.load(id);
        organizations.require(user, congress.organizationId(), permission);
        return congress;
    }

    /** The congress, if the user may manage it and it has not closed. */
    CongressRecords.Row manageable(CurrentUser user, CongressId id) {
        CongressRecords.Row congress = congress(user, id, Permission.ELECTION_MANAGE);
        if (congress.status() == CongressStatus.CLOSED) {
            throw new InvalidInputException("status", "congress.status.closed");
        }
        return congress;
    }

    /** The election, if it belongs to the congress and is still open. */
    ElectionRecords.Row open(ElectionId id, CongressId congress) {
        ElectionRecords.Row election = records.load(id);
        if (!election.congressId().equals(congress)) {
            throw new InvalidInputException("electionId", "election.otherCongress");
        }
        if (election.status() != ElectionStatus.OPEN) {
            throw new InvalidInputException("status", "election.status.notOpen");
        }
        return election;
    }

    /** The first round, while no ballot of it has been entered: only then may its list change. */
    RoundRow listStillOpen(ElectionRecords.Row election) {
        List<RoundRow> rounds = records.rounds(election.id());
        RoundRow first = rounds.get(0);
        if (rounds.size() > 1 || first.counted() || records.anyBallot(first.id())) {
            throw new InvalidInputException("electionId", "election.list.closed");
        }
        return first;
    }

    static void fail(Optional<Violation> violation) {
        violation.ifPresent(v -> {
            throw new ElectionRuleException(
                    v.field(), v.messageKey(), v.arguments().toArray());
        });
    }
}
