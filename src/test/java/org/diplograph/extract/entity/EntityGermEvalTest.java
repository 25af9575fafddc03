package org.diplograph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.diplograph.article.Article;
import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.Layer;
import org.diplograph.extract.MentionKind;
import org.diplograph.extract.Sentence;
import org.diplograph.resolve.EntityResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision of the person and place extractors on the news sentences of GermEval 2014 (CC BY 4.0,
 * see the README beside the data). A lexicon extractor finds few of GermEval's names (low recall is
 * expected); what it finds must be right. Spans are compared exactly, on whole tokens; a name inside
 * a hyphenated token ("Putin-Besuch") is GermEval's *part* class and left out. Asserted floors are
 * the numbers reached, rounded down.
 */
class EntityGermEvalTest {
    private static final String DATA = "org/diplograph/extract/entity/germeval2014/NER-de-test-news.tsv";

    record GoldSpan(int start, int end, String type) {
    }

    record Sent(String text, List<GoldSpan> gold) {
    }

    record Result(int predicted, int correct, int gold, List<String> wrong) {
        double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }
    }

    private static final List<Sent> sentences = new ArrayList<>();
    private static final List<List<EntityMention>> found = new ArrayList<>();

    @BeforeAll
    static void run() throws IOException {
        sentences.addAll(read());
        PersonExtractor persons = new PersonExtractor(EntityTestSupport.CATALOG);
        CountryExtractor countries = new CountryExtractor(EntityTestSupport.CATALOG);
        PlaceExtractor places = new PlaceExtractor(EntityTestSupport.CATALOG);
        EntityResolver resolver = new EntityResolver(EntityTestSupport.CATALOG);
        for (Sent s : sentences) {
            AnnotatedArticle doc = new AnnotatedArticle(new Article("germeval", s.text(), null, null, null, null, null, null));
            doc.put(Layer.SENTENCES, List.of(new Sentence(0, 0, s.text().length(), s.text())));
            doc.put(Layer.PERSONS, persons.extract(doc));
            doc.put(Layer.COUNTRIES, countries.extract(doc));
            doc.put(Layer.PLACES, places.extract(doc));
            found.add(resolver.extract(doc));
        }
    }

    private static Result score(Predicate<EntityMention> predicted, Set<String> goldTypes, String label) {
        int p = 0;
        int c = 0;
        int g = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sent s = sentences.get(i);
            Set<String> gold = new HashSet<>();
            for (GoldSpan span : s.gold()) {
                if (goldTypes.contains(span.type())) {
                    gold.add(span.start() + ":" + span.end());
                    g++;
                }
            }
            for (EntityMention m : found.get(i)) {
                if (!predicted.test(m) || !onTokenBoundaries(s.text(), m)) {
                    continue;
                }
                p++;
                if (gold.contains(m.start() + ":" + m.end())) {
                    c++;
                } else {
                    wrong.add(m.text() + " <" + m.key() + "> in: " + s.text());
                }
            }
        }
        Result r = new Result(p, c, g, wrong);
        System.out.printf("GermEval %s: precision %.3f (%d/%d), recall %.3f of %d gold spans%n", label,
                r.precision(), c, p, r.recall(), g);
        wrong.stream().limit(40).forEach(w -> System.out.println("  wrong: " + w));
        return r;
    }

    private static boolean onTokenBoundaries(String text, EntityMention m) {
        return (m.start() == 0 || text.charAt(m.start() - 1) == ' ')
                && (m.end() == text.length() || text.charAt(m.end()) == ' ');
    }

    @Test
    void personsArePrecise() {
        Result r = score(m -> m.type() == EntityType.PERSON && m.kind() != MentionKind.ROLE && m.key() != null,
                Set.of("PER"), "PER");
        // reached: precision 0.960 (215 of 224), recall 0.270 of 795
        assertThat(r.correct()).as("persons found right").isGreaterThanOrEqualTo(210);
        assertThat(r.precision()).as("person precision").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void locationsArePrecise() {
        Result r = score(m -> (m.type() == EntityType.COUNTRY && (m.kind() == MentionKind.NAME
                        || m.kind() == MentionKind.METONYM && !m.text().startsWith("Kreml")))
                        || m.type() == EntityType.CITY || m.type() == EntityType.REGION,
                Set.of("LOC"), "LOC (countries, cities, regions)");
        // reached: precision 0.980 (300 of 306), recall 0.404 of 743
        assertThat(r.correct()).as("locations found right").isGreaterThanOrEqualTo(295);
        assertThat(r.precision()).as("location precision").isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void countryAdjectivesArePrecise() {
        Result r = score(m -> m.type() == EntityType.COUNTRY && m.kind() == MentionKind.ADJECTIVE,
                Set.of("LOCderiv"), "LOCderiv (country adjectives)");
        // reached: precision 1.000 (109 of 109), recall 0.314 of 347
        assertThat(r.correct()).as("adjectives found right").isGreaterThanOrEqualTo(105);
        assertThat(r.precision()).as("adjective precision").isGreaterThanOrEqualTo(0.98);
    }

    // ---------------------------------------------------------------- data

    private static List<Sent> read() throws IOException {
        List<Sent> out = new ArrayList<>();
        try (InputStream in = EntityGermEvalTest.class.getClassLoader().getResourceAsStream(DATA)) {
            assertThat(in).as(DATA).isNotNull();
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = br.readLine()) != null) {
                if (line.isBlank()) {
                    if (!rows.isEmpty()) {
                        out.add(sentence(rows));
                        rows.clear();
                    }
                } else if (!line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            if (!rows.isEmpty()) {
                out.add(sentence(rows));
            }
        }
        return out;
    }

    private static Sent sentence(List<String[]> rows) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[rows.size()];
        int[] ends = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(rows.get(i)[1]);
            ends[i] = text.length();
        }
        List<GoldSpan> gold = new ArrayList<>();
        for (int col = 2; col <= 3; col++) {
            int open = -1;
            String type = null;
            for (int i = 0; i <= rows.size(); i++) {
                String tag = i < rows.size() ? rows.get(i)[col] : "O";
                boolean continues = tag.startsWith("I-") && tag.substring(2).equals(type);
                if (open >= 0 && !continues) {
                    gold.add(new GoldSpan(starts[open], ends[i - 1], type));
                    open = -1;
                    type = null;
                }
                if (tag.startsWith("B-") || tag.startsWith("I-") && open < 0) {
                    open = i;
                    type = tag.substring(2);
                }
            }
        }
        return new Sent(text.toString(), gold);
    }
}
