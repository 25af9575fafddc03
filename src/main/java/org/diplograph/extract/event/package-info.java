/**
 * Event extraction: finds the phone calls ({@link org.diplograph.extract.event.CallExtractor}) and
 * negotiation rounds ({@link org.diplograph.extract.event.RoundExtractor}) a German news article
 * reports, from trigger words, the entity, date and duration layers, and German clause structure.
 * Every distinct event appears once per article, with all the sentences that support it as
 * evidence; background events ("Zuletzt hatten Trump und Putin am 14. Juni telefoniert") keep their
 * own dates and topics. All word lists are data files under
 * {@code src/main/resources/org/diplograph/extract/event/} (format: {@code docs/lexicons-events.md}).
 */
package org.diplograph.extract.event;
