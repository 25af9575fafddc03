package org.diplograph.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.article.Article;
import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.EventStatus;
import org.diplograph.extract.EventType;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Sentence;
import org.diplograph.extract.Span;
import org.diplograph.extract.Spanned;
import org.diplograph.extract.TimeValue;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.resolve.EventIdentity;

/**
 * Maps one annotated article to RDF quads in the article's own named graph, in the shape of
 * {@code docs/graph.md}. Knows nothing about where the quads go: it writes to a {@link StreamRDF}
 * (a TDB2 loader, an in-memory dataset in a test, an N-Quads file).
 *
 * <p>What the bundled catalogue says about an entity (labels, spellings, name keys, Wikidata item) is not
 * repeated in every article graph that names it: {@link #describe} writes it once, in the entity's catalogue
 * graph, and {@link #catalogKeys} says which entities an article needs described. Over the union the graph is
 * the same; a query that looks up an entity's label finds one copy instead of one per article.
 */
public final class RdfMapper {
    private final EntityCatalog catalog;

    public RdfMapper(EntityCatalog catalog) {
        this.catalog = catalog;
    }

    /** The IRI of an article and of its named graph. */
    public static String articleIri(String articleId) {
        return DG.ARTICLE_BASE + articleId;
    }

    /** The IRI of an entity with key {@code person/vladimir-putin}. */
    public static String entityIri(String key) {
        return DG.ID_BASE + key;
    }

    /** The IRI of the graph with what the catalogue says about the entity with key {@code key}. */
    public static String catalogGraphIri(String key) {
        return DG.CATALOG_GRAPH_BASE + key;
    }

    /**
     * The keys of the catalogue entities that mapped article quads name (the subjects of {@code dg:mentionedIn}):
     * the entities whose catalogue graphs ({@link #describe}) belong with the article.
     */
    public Set<String> catalogKeys(Collection<Quad> articleQuads) {
        Set<String> keys = new TreeSet<>();
        for (Quad q : articleQuads) {
            if (q.getPredicate().equals(DG.MENTIONED_IN.asNode()) && q.getSubject().isURI()
                    && q.getSubject().getURI().startsWith(DG.ID_BASE)) {
                String key = q.getSubject().getURI().substring(DG.ID_BASE.length());
                if (catalog.get(key).isPresent()) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** The keys of every entity the catalogue knows, in order: those {@link #describe} writes a graph for. */
    public List<String> describableKeys() {
        return catalog.all().stream().map(Entity::key).sorted().toList();
    }

    /**
     * The complete content of the catalogue graph of entity {@code key} (labels, spellings, name keys, verified
     * Wikidata item), or nothing when the catalogue does not know the key.
     */
    public List<Quad> describe(String key) {
        Entity known = catalog.get(key).orElse(null);
        if (known == null) {
            return List.of();
        }
        Node graph = iri(catalogGraphIri(key));
        Node entity = iri(entityIri(key));
        List<Quad> quads = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (known.nameDe() != null && !known.nameDe().isBlank()) {
            quads.add(Quad.create(graph, entity, RDFS.label.asNode(), NodeFactory.createLiteralLang(known.nameDe(), "de")));
            names.add(known.nameDe());
        }
        if (known.nameEn() != null && !known.nameEn().isBlank()) {
            quads.add(Quad.create(graph, entity, RDFS.label.asNode(), NodeFactory.createLiteralLang(known.nameEn(), "en")));
            names.add(known.nameEn());
        }
        for (String alias : known.aliases()) {
            if (!alias.equals(known.nameDe()) && !alias.equals(known.nameEn())) {
                quads.add(Quad.create(graph, entity, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(alias, "de")));
                names.add(alias);
            }
        }
        for (String k : nameKeys(known.type(), names)) {
            quads.add(Quad.create(graph, entity, DG.NAME_KEY.asNode(), NodeFactory.createLiteralString(k)));
        }
        if (known.qid() != null) {
            quads.add(Quad.create(graph, entity, OWL.sameAs.asNode(), iri(Namespaces.WD + known.qid())));
        }
        return List.copyOf(quads);
    }

    /**
     * The {@code dg:nameKey} values of an entity with these names: each name lower-cased (as SPARQL's
     * {@code LCASE}), and for a person also each part of a name from a word start to its end, so that
     * "Putin" or "von der Leyen" finds the person by surname.
     */
    public static Set<String> nameKeys(EntityType type, Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            keys.add(key);
            if (type == EntityType.PERSON) {
                for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
                    String rest = key.substring(i + 1).strip();
                    if (!rest.isEmpty()) {
                        keys.add(rest);
                    }
                }
            }
        }
        return keys;
    }

    /**
     * Writes the quads of {@code doc}'s graph to {@code sink} (without calling start/finish).
     *
     * @param contentHash fingerprint of the article and the extraction, stored as {@code dg:contentHash}
     */
    public void map(AnnotatedArticle doc, String contentHash, StreamRDF sink) {
        new Writer(doc, sink).write(contentHash);
    }

    private final class Writer {
        private final AnnotatedArticle doc;
        private final Article article;
        private final StreamRDF sink;
        private final Node graph;
        private final Set<String> mentionsWritten = new HashSet<>();
        private final Set<String> entitiesWritten = new HashSet<>();
        private final Set<String> namedKeys = new HashSet<>();

        Writer(AnnotatedArticle doc, StreamRDF sink) {
            this.doc = doc;
            this.article = doc.article();
            this.sink = sink;
            this.graph = iri(articleIri(article.id()));
            doc.get(Layer.ENTITIES).stream().map(EntityMention::key).filter(k -> k != null).forEach(namedKeys::add);
        }

        void write(String contentHash) {
            writeArticle(contentHash);
            for (EntityMention m : doc.get(Layer.ENTITIES)) {
                if (m.resolved()) {
                    writeEntityMention(m);
                }
            }
            for (EventMention e : doc.get(Layer.CALLS)) {
                writeEvent(e);
            }
            for (EventMention e : doc.get(Layer.ROUNDS)) {
                writeEvent(e);
            }
            if (doc.has(Layer.MEETINGS)) {
                for (EventMention e : doc.get(Layer.MEETINGS)) {
                    writeEvent(e);
                }
            }
        }

        private void writeArticle(String contentHash) {
            Node a = graph;
            add(a, RDF.type.asNode(), DG.ARTICLE.asNode());
            if (article.published() != null) {
                add(a, DG.PUBLISHED.asNode(), typed(article.published().toString(), XSDDatatype.XSDdate));
            }
            addString(a, DG.TITLE.asNode(), article.title());
            addString(a, DG.SOURCE.asNode(), article.source());
            addString(a, DG.URL.asNode(), article.url());
            addString(a, DG.LANGUAGE.asNode(), article.language());
            addString(a, DG.CONTENT_HASH.asNode(), contentHash);
            add(a, DG.CONTENT.asNode(), NodeFactory.createLiteralLang(article.text(), article.language()));
        }

        private void writeEntityMention(EntityMention m) {
            Node entity = iri(entityIri(m.key()));
            if (entitiesWritten.add(m.key())) {
                add(entity, RDF.type.asNode(), classOf(m.type()));
                add(entity, DG.MENTIONED_IN.asNode(), graph);
                // a catalogue entity's names and Wikidata item are in its catalogue graph (see describe)
                if (catalog.get(m.key()).isEmpty()) {
                    String name = m.name() != null ? m.name() : m.text();
                    label(entity, name, "de");
                    if (name != null) {
                        for (String k : nameKeys(m.type(), List.of(name))) {
                            add(entity, DG.NAME_KEY.asNode(), NodeFactory.createLiteralString(k));
                        }
                    }
                }
            }
            if (m.role() != null && !m.role().isBlank()) {
                add(entity, Schema.JOB_TITLE.asNode(), NodeFactory.createLiteralLang(m.role(), "de"));
            }
            // only to an entity this article names, so that the target is typed and evidenced here too
            if (m.represents() != null && namedKeys.contains(m.represents())) {
                add(entity, DG.REPRESENTS.asNode(), iri(entityIri(m.represents())));
            }
            add(entity, DG.EVIDENCE.asNode(), mention("e", m));
        }

        private void writeEvent(EventMention e) {
            List<String> participants = e.participantKeys();
            Node event = iri(EventIdentity.initialIri(e.type(), participants, e.date(), article.id(),
                    firstEvidenceStart(e)));
            add(event, RDF.type.asNode(), DG.EVENT.asNode());
            add(event, RDF.type.asNode(), classOf(e.type()));
            label(event, eventLabel(e.type(), participants, "de"), "de");
            label(event, eventLabel(e.type(), participants, "en"), "en");
            for (String p : participants) {
                add(event, DG.PARTICIPANT.asNode(), iri(entityIri(p)));
            }
            if (e.agent() != null) {
                add(event, Schema.AGENT.asNode(), iri(entityIri(e.agent())));
            }
            if (e.recipient() != null) {
                add(event, Schema.RECIPIENT.asNode(), iri(entityIri(e.recipient())));
            }
            if (e.date() != null) {
                add(event, DG.DATE.asNode(), dateLiteral(e.date()));
            }
            if (e.duration() != null) {
                add(event, DG.DURATION.asNode(), typed(e.duration().toString(), XSDDatatype.XSDduration));
                if (e.durationMention() != null && e.durationMention().qualifier() != null) {
                    add(event, DG.DURATION_QUALIFIER.asNode(),
                            typed(e.durationMention().qualifier().lexical(), XSDDatatype.XSDstring));
                }
            }
            for (String t : e.topicKeys()) {
                add(event, DG.TOPIC.asNode(), iri(entityIri(t)));
            }
            e.notDiscussed().stream().map(EntityMention::key).filter(k -> k != null).distinct()
                    .forEach(k -> add(event, DG.NOT_DISCUSSED.asNode(), iri(entityIri(k))));
            if (e.location() != null && e.location().key() != null) {
                add(event, DG.LOCATION.asNode(), iri(entityIri(e.location().key())));
            }
            if (e.ordinal() != null) {
                add(event, DG.ORDINAL.asNode(), typed(Integer.toString(e.ordinal()), XSDDatatype.XSDinteger));
            }
            add(event, DG.STATUS.asNode(), e.status() == EventStatus.PLANNED ? DG.PLANNED.asNode() : DG.HELD.asNode());
            add(event, DG.REPORTED_IN.asNode(), graph);
            add(event, DG.EVIDENCE.asNode(), mention("v", e.trigger()));
            for (Span s : e.evidence()) {
                add(event, DG.EVIDENCE.asNode(), mention("v", s));
            }
            if (e.dateMention() != null) {
                add(event, DG.EVIDENCE.asNode(), mention("t", e.dateMention()));
            }
            if (e.durationMention() != null) {
                add(event, DG.EVIDENCE.asNode(), mention("t", e.durationMention()));
            }
        }

        private int firstEvidenceStart(EventMention e) {
            int start = e.trigger().start();
            for (Span s : e.evidence()) {
                start = Math.min(start, s.start());
            }
            if (e.dateMention() != null) {
                start = Math.min(start, e.dateMention().start());
            }
            if (e.durationMention() != null) {
                start = Math.min(start, e.durationMention().start());
            }
            return start;
        }

        /** Writes the mention resource once and returns its node. */
        private Node mention(String kind, Spanned span) {
            String local = kind + "-" + span.start() + "-" + span.end();
            Node m = iri(articleIri(article.id()) + "#" + local);
            if (mentionsWritten.add(local)) {
                add(m, RDF.type.asNode(), DG.MENTION.asNode());
                add(m, DG.ARTICLE_PROP.asNode(), graph);
                add(m, DG.START.asNode(), typed(Integer.toString(span.start()), XSDDatatype.XSDinteger));
                add(m, DG.END.asNode(), typed(Integer.toString(span.end()), XSDDatatype.XSDinteger));
                add(m, DG.TEXT.asNode(), NodeFactory.createLiteralString(span.text()));
                doc.sentenceAt(span.start()).ifPresent((Sentence s) -> {
                    add(m, DG.SENTENCE.asNode(), NodeFactory.createLiteralString(s.text()));
                    add(m, DG.SENTENCE_START.asNode(), typed(Integer.toString(s.start()), XSDDatatype.XSDinteger));
                });
            }
            return m;
        }

        private String eventLabel(EventType type, List<String> participants, String lang) {
            String names = participants.stream().map(k -> displayName(k, lang)).collect(Collectors.joining(" – "));
            String kind = switch (type) {
                case PHONE_CALL -> lang.equals("de") ? "Telefonat" : "Phone call";
                case NEGOTIATION_ROUND -> lang.equals("de") ? "Verhandlungsrunde" : "Negotiation round";
                case MEETING -> lang.equals("de") ? "Treffen" : "Meeting";
            };
            return kind + ": " + names;
        }

        private String displayName(String key, String lang) {
            return catalog.get(key)
                    .map(en -> lang.equals("de") && en.nameDe() != null ? en.nameDe() : en.nameEn())
                    .orElseGet(() -> doc.get(Layer.ENTITIES).stream()
                            .filter(m -> key.equals(m.key()) && m.name() != null)
                            .map(EntityMention::name).findFirst().orElse(key));
        }

        private void label(Node s, String text, String lang) {
            if (text != null && !text.isBlank()) {
                add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(text, lang));
            }
        }

        private void addString(Node s, Node p, String value) {
            if (value != null && !value.isBlank()) {
                add(s, p, NodeFactory.createLiteralString(value));
            }
        }

        private void add(Node s, Node p, Node o) {
            sink.quad(Quad.create(graph, s, p, o));
        }
    }

    /** The class of an event: dg:PhoneCall, dg:NegotiationRound or dg:Meeting (each also a dg:Event). */
    private static Node classOf(EventType type) {
        return switch (type) {
            case PHONE_CALL -> DG.PHONE_CALL.asNode();
            case NEGOTIATION_ROUND -> DG.NEGOTIATION_ROUND.asNode();
            case MEETING -> DG.MEETING.asNode();
        };
    }

    private static Node classOf(EntityType type) {
        return switch (type) {
            case PERSON -> DG.PERSON.asNode();
            case COUNTRY -> DG.COUNTRY.asNode();
            case CITY -> DG.CITY.asNode();
            case REGION -> DG.REGION.asNode();
            case ORGANIZATION -> DG.ORGANIZATION.asNode();
        };
    }

    /** The typed literal for a date at its precision: xsd:date, xsd:gYearMonth or xsd:gYear. */
    public static Node dateLiteral(TimeValue v) {
        RDFDatatype dt = switch (v.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return typed(v.lexical(), dt);
    }

    private static Node typed(String lexical, RDFDatatype dt) {
        return NodeFactory.createLiteralDT(lexical, dt);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
