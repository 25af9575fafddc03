package org.diplograph.extract.event;

import java.util.List;

import org.diplograph.extract.DurationMention;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EventStatus;
import org.diplograph.extract.TimeMention;
import org.diplograph.extract.TimeValue;

/**
 * One clause that reports an event, before it is resolved to an event of the article.
 *
 * @param explicit    participants the clause names and links to the trigger (may be fewer than two)
 * @param anaphoric   true when the clause refers to the participants of the event in focus
 *                    ("die beiden Präsidenten", "sie")
 * @param referring   true when the clause names the event without introducing it ("das Gespräch")
 * @param background  true for an earlier event ("zuletzt", "das letzte Telefonat")
 * @param votes       true when this report may decide the event's status
 */
record Report(Tok triggerTok, int triggerEndTok, int sentence, Clause clause, List<EntityMention> explicit,
              boolean anaphoric, boolean referring, TimeValue date, TimeMention dateMention,
              DurationMention duration, Integer ordinal, EventStatus status, boolean background,
              boolean votes, String agent, String recipient, EntityMention location) {
}
