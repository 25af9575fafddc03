package org.diplograph.link;

import java.util.List;
import java.util.Objects;

/**
 * What linking decided for one entity: the accepted QID, or why it goes to the review file.
 *
 * @param entity     the entity
 * @param qid        the accepted item, or null when the entity needs review
 * @param candidates the items considered, accepted one included
 * @param reason     for an accepted link the evidence ("label 'X' (de), instance of Q5 (human)"), else why
 *                   nothing was accepted
 */
public record LinkDecision(UnlinkedEntity entity, String qid, List<Candidate> candidates, String reason) {
    public LinkDecision {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(reason, "reason");
        candidates = List.copyOf(candidates);
    }

    public boolean accepted() {
        return qid != null;
    }

    /** The accepted candidate, or null. */
    public Candidate acceptedCandidate() {
        return qid == null ? null : candidates.stream().filter(c -> c.qid().equals(qid)).findFirst().orElse(null);
    }
}
