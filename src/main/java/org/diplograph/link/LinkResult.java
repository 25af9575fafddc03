package org.diplograph.link;

import java.nio.file.Path;
import java.util.List;

/**
 * What one run of {@link Linker} did.
 *
 * @param decisions       one per entity that had no link, in the order they were read
 * @param networkRequests requests sent to the API
 * @param cacheHits       requests answered from the cache
 * @param pruned          earlier API links removed because the entity has another link now or is gone
 * @param reviewFile      the review file written, or null for a dry run
 * @param dryRun          whether nothing was written
 */
public record LinkResult(List<LinkDecision> decisions, int networkRequests, int cacheHits, int pruned,
                         Path reviewFile, boolean dryRun) {
    public LinkResult {
        decisions = List.copyOf(decisions);
    }

    public List<LinkDecision> accepted() {
        return decisions.stream().filter(LinkDecision::accepted).toList();
    }

    public List<LinkDecision> toReview() {
        return decisions.stream().filter(d -> !d.accepted()).toList();
    }
}
