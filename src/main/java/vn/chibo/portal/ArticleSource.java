package vn.chibo.portal;

import java.util.List;
import vn.chibo.platform.NewsDraft;

/**
 * The record an article was drafted from (a closed meeting or congress) and the facts its news draft stated, so that
 * the checks before submission can compare the article with the record.
 */
public record ArticleSource(Kind kind, long recordId, List<NewsDraft.Fact> facts) {

    public ArticleSource {
        facts = List.copyOf(facts);
    }

    /** What kind of record. */
    public enum Kind {
        MEETING,
        CONGRESS
    }
}
