package org.diplograph.extract;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One event as one article reports it: a phone call, a negotiation round or a meeting, with everything the
 * text supports and nothing more. Entity lists hold resolved mentions (non-null keys); the same
 * entity may appear several times (one evidence mention each).
 *
 * @param trigger      the words that report the event ("telefoniert", "Verhandlungsrunde")
 * @param sentence     index of the trigger's sentence
 * @param participants persons (calls, meetings) or countries whose delegations met (rounds)
 * @param agent        key of the caller when the text says who called whom, else null
 * @param recipient    key of the callee when the text says who called whom, else null
 * @param date         the date at the precision the text supports, or null
 * @param dateMention  the expression the date comes from, or null (e.g. date from the publication day)
 * @param duration     how long, or null
 * @param durationMention where the duration stands, or null
 * @param topics       what was discussed (never what the text says was not discussed)
 * @param notDiscussed what the text says was explicitly not discussed
 * @param location     where it took place (rounds, meetings), or null
 * @param ordinal      "the n-th" as the text states it, or null
 * @param status       held or planned
 * @param evidence     the sentences (or clauses) that support the event
 */
public record EventMention(EventType type, Span trigger, int sentence,
                           List<EntityMention> participants, String agent, String recipient,
                           TimeValue date, TimeMention dateMention,
                           Duration duration, DurationMention durationMention,
                           List<EntityMention> topics, List<EntityMention> notDiscussed,
                           EntityMention location, Integer ordinal, EventStatus status,
                           List<Span> evidence) implements Spanned {

    public EventMention {
        Objects.requireNonNull(type);
        Objects.requireNonNull(trigger);
        Objects.requireNonNull(status);
        participants = List.copyOf(participants);
        topics = List.copyOf(topics);
        notDiscussed = List.copyOf(notDiscussed);
        evidence = List.copyOf(evidence);
    }

    @Override
    public int start() {
        return trigger.start();
    }

    @Override
    public int end() {
        return trigger.end();
    }

    @Override
    public String text() {
        return trigger.text();
    }

    /** Distinct participant keys, sorted: the identity of who took part. */
    public List<String> participantKeys() {
        return participants.stream().map(EntityMention::key).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** Distinct topic keys, sorted. */
    public List<String> topicKeys() {
        return topics.stream().map(EntityMention::key).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
