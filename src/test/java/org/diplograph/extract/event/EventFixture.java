package org.diplograph.extract.event;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.article.Article;
import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.DurationMention;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.Layer;
import org.diplograph.extract.MentionKind;
import org.diplograph.extract.Sentence;
import org.diplograph.extract.TimeMention;
import org.diplograph.extract.TimeValue;

/**
 * Builds an annotated article from marked-up German text, so event tests do not depend on the
 * upstream stages:
 * <ul>
 * <li>{@code [Putin|person/vladimir-putin]} an entity (type from the key; kind NAME), with an optional
 * kind: {@code [russischen|country/russia|ADJECTIVE]}, {@code [der Kremlchef|person/vladimir-putin|ROLE]};</li>
 * <li>{@code {am 14. Juni|2025-06-14}} a date ({@code {am Montag|2025-07-07|rel}} relative);</li>
 * <li>{@code <50 Minuten|50>} a duration in minutes.</li>
 * </ul>
 * Sentences end at ". ", "! ", "? " and line breaks.
 */
final class EventFixture {
    private static final Pattern MARK = Pattern.compile("\\[([^\\]|]+)\\|([^\\]|]+)(?:\\|([A-Z]+))?\\]"
            + "|\\{([^}|]+)\\|([^}|]+)(?:\\|rel)?\\}|<([^>|]+)\\|(\\d+)>");

    private EventFixture() {
    }

    /** Short forms for the persons the tests use: "@Putin" is "[Putin|person/vladimir-putin]". */
    private static final java.util.Map<String, String> PERSONS = java.util.Map.ofEntries(
            java.util.Map.entry("Trump", "donald-trump"), java.util.Map.entry("Putin", "vladimir-putin"),
            java.util.Map.entry("Macron", "emmanuel-macron"), java.util.Map.entry("Selenskyj", "volodymyr-zelenskyy"),
            java.util.Map.entry("Uschakow", "yuri-ushakov"), java.util.Map.entry("Merz", "friedrich-merz"),
            java.util.Map.entry("Peskow", "dmitry-peskov"), java.util.Map.entry("Witkoff", "steve-witkoff"),
            java.util.Map.entry("Erdogan", "recep-tayyip-erdogan"), java.util.Map.entry("Starmer", "keir-starmer"),
            java.util.Map.entry("Xi", "xi-jinping"), java.util.Map.entry("Meloni", "giorgia-meloni"));

    private static String expand(String marked) {
        Matcher m = Pattern.compile("@(\\p{L}+)").matcher(marked);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = PERSONS.get(m.group(1));
            if (key == null) {
                throw new IllegalArgumentException("unknown person macro @" + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement("[" + m.group(1) + "|person/" + key + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }

    static AnnotatedArticle article(String marked, LocalDate published) {
        marked = expand(marked);
        StringBuilder text = new StringBuilder();
        List<EntityMention> entities = new ArrayList<>();
        List<TimeMention> dates = new ArrayList<>();
        List<DurationMention> durations = new ArrayList<>();
        Matcher m = MARK.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            int start = text.length();
            if (m.group(1) != null) {
                String surface = m.group(1);
                String key = m.group(2);
                MentionKind kind = m.group(3) == null ? MentionKind.NAME : MentionKind.valueOf(m.group(3));
                EntityType type = EntityType.valueOf(key.substring(0, key.indexOf('/')).toUpperCase(Locale.ROOT));
                text.append(surface);
                entities.add(new EntityMention(start, text.length(), surface, type, kind, key, surface, null, null));
            } else if (m.group(4) != null) {
                text.append(m.group(4));
                dates.add(new TimeMention(start, text.length(), m.group(4), TimeValue.parse(m.group(5)),
                        m.group().endsWith("|rel}")));
            } else {
                text.append(m.group(6));
                durations.add(new DurationMention(start, text.length(), m.group(6),
                        Duration.ofMinutes(Long.parseLong(m.group(7))), false));
            }
            last = m.end();
        }
        text.append(marked.substring(last));
        String t = text.toString();
        AnnotatedArticle doc = new AnnotatedArticle(new Article("t", t, published, null, null, null, "de", null));
        doc.put(Layer.SENTENCES, sentences(t));
        doc.put(Layer.ENTITIES, entities);
        doc.put(Layer.DATES, dates);
        doc.put(Layer.DURATIONS, durations);
        return doc;
    }

    static AnnotatedArticle article(String marked) {
        return article(marked, LocalDate.of(2025, 7, 3));
    }

    private static List<Sentence> sentences(String t) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            boolean end = i == t.length() || t.charAt(i) == '\n'
                    || (".!?".indexOf(t.charAt(i)) >= 0 && i + 1 < t.length() && t.charAt(i + 1) == ' '
                    && i + 2 < t.length() && Character.isUpperCase(t.charAt(i + 2)) && !Character.isDigit(t.charAt(i - 1)));
            if (!end) {
                continue;
            }
            int e = i < t.length() && t.charAt(i) != '\n' ? i + 1 : i;
            int s = start;
            while (s < e && Character.isWhitespace(t.charAt(s))) {
                s++;
            }
            if (e > s) {
                out.add(new Sentence(out.size(), s, e, t.substring(s, e)));
            }
            start = e;
        }
        return out;
    }

    /** A compact, comparable description: "donald-trump+vladimir-putin 2025-06-14 HELD". */
    static String describe(EventMention e) {
        StringBuilder b = new StringBuilder(who(e));
        b.append(' ').append(e.date() == null ? "-" : e.date().lexical()).append(' ').append(e.status());
        if (e.ordinal() != null) {
            b.append(" ord=").append(e.ordinal());
        }
        if (e.duration() != null) {
            b.append(" min=").append(e.duration().toMinutes());
        }
        if (!e.topicKeys().isEmpty()) {
            b.append(" topics=").append(String.join(",", e.topicKeys().stream().map(k -> k.substring(k.indexOf('/') + 1)).toList()));
        }
        if (e.location() != null) {
            b.append(" at=").append(e.location().key().substring(e.location().key().indexOf('/') + 1));
        }
        return b.toString();
    }

    static List<EventMention> calls(String marked) {
        AnnotatedArticle doc = article(marked);
        return new CallExtractor().extract(doc);
    }

    static List<EventMention> rounds(String marked) {
        AnnotatedArticle doc = article(marked);
        return new RoundExtractor().extract(doc);
    }

    /** "donald-trump+vladimir-putin": the short form of an event's participant keys. */
    static String who(EventMention e) {
        return String.join("+", e.participantKeys().stream().map(k -> k.substring(k.indexOf('/') + 1)).toList());
    }
}
