package vn.chibo.portal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressNews;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingNews;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NewsDraft;
import vn.chibo.platform.NotFoundException;

/**
 * The facts an article drafted from a record is compared with: the record's news draft as it reads now (a meeting's
 * record corrected after closing corrects them) when the editor may still read it, else the facts stored when the
 * article was drafted (the branch took its release back, or the record is gone).
 */
@Component
class RecordFacts {

    private final MeetingNews meetings;
    private final CongressNews congresses;
    private final TransactionTemplate apart;

    RecordFacts(MeetingNews meetings, CongressNews congresses, PlatformTransactionManager transactions) {
        this.meetings = meetings;
        this.congresses = congresses;
        // A refusal to read the record must not mark the caller's transaction (a submission) for rollback: the
        // record is read in a transaction of its own.
        this.apart = new TransactionTemplate(transactions);
        apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        apart.setReadOnly(true);
    }

    List<NewsDraft.Fact> current(CurrentUser user, ArticleSource source) {
        try {
            return apart.execute(status -> switch (source.kind()) {
                        case MEETING -> meetings.draft(user, MeetingId.of(source.recordId()));
                        case CONGRESS -> congresses.draft(user, CongressId.of(source.recordId()));
                    })
                    .facts();
        } catch (NotFoundException | ForbiddenException | InvalidInputException e) {
            return source.facts();
        }
    }
}
