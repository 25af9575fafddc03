package org.diplograph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the Diplograph ontology ({@value #NAMESPACE}), mirroring {@code ontology/diplograph.ttl}
 * term for term; {@code DGTest} fails when the two drift apart. Also holds the base IRIs of the
 * resources the graph mints: entities and events under {@link #ID_BASE}, articles (and their
 * mentions) under {@link #ARTICLE_BASE}.
 */
public final class DG {

    /** The ontology namespace. */
    public static final String NAMESPACE = "https://w3id.org/diplograph/ontology#";

    /** The recommended prefix for {@link #NAMESPACE}. */
    public static final String PREFIX = "dg";

    /** The IRI of the ontology itself. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/diplograph/ontology";

    /** Base IRI of entities ({@code person/…}, {@code country/…}) and events ({@code call/…}, {@code round/…}). */
    public static final String ID_BASE = "https://w3id.org/diplograph/id/";

    /** Recommended prefix for {@link #ID_BASE}. */
    public static final String ID_PREFIX = "dgid";

    /** Base IRI of articles; an article's IRI is this plus its id, and names the article's graph. */
    public static final String ARTICLE_BASE = "https://w3id.org/diplograph/article/";

    /**
     * The named graph that holds a build's state: it exists only from the commit of new or changed articles
     * until their events are reconciled, so that a build killed in between is finished by the next one.
     */
    public static final String BUILD_GRAPH = "https://w3id.org/diplograph/graph/build";

    /**
     * Base IRI of the graphs that hold what the bundled catalogue says about an entity articles name (its
     * labels, spellings, name keys and verified Wikidata item): one graph per entity, this plus its key
     * ({@code …/graph/catalog/person/vladimir-putin}), so that those triples are stored once, not in every
     * article graph that names the entity.
     */
    public static final String CATALOG_GRAPH_BASE = "https://w3id.org/diplograph/graph/catalog/";

    /** Recommended prefix for {@link #ARTICLE_BASE}. */
    public static final String ARTICLE_PREFIX = "dga";

    // Classes

    /** {@code dg:Article}: a news article that was read; its IRI names its graph. */
    public static final Resource ARTICLE = resource("Article");

    /** {@code dg:Person}: a person named in an article. */
    public static final Resource PERSON = resource("Person");

    /** {@code dg:Country}: a sovereign state (as a round participant: its delegation). */
    public static final Resource COUNTRY = resource("Country");

    /** {@code dg:City}. */
    public static final Resource CITY = resource("City");

    /** {@code dg:Region}: neither a country nor a city. */
    public static final Resource REGION = resource("Region");

    /** {@code dg:Organization}: an international organization, alliance or institution. */
    public static final Resource ORGANIZATION = resource("Organization");

    /** {@code dg:Event}: a diplomatic event, one resource however many articles report it. */
    public static final Resource EVENT = resource("Event");

    /** {@code dg:PhoneCall}, a subclass of {@link #EVENT}. */
    public static final Resource PHONE_CALL = resource("PhoneCall");

    /** {@code dg:NegotiationRound}, a subclass of {@link #EVENT}. */
    public static final Resource NEGOTIATION_ROUND = resource("NegotiationRound");

    /** {@code dg:Meeting}: an in-person meeting or summit, a subclass of {@link #EVENT}. */
    public static final Resource MEETING = resource("Meeting");

    /** {@code dg:Mention}: a piece of evidence, a span of an article's text. */
    public static final Resource MENTION = resource("Mention");

    /** {@code dg:EventStatus}: the class of {@link #HELD} and {@link #PLANNED}. */
    public static final Resource EVENT_STATUS = resource("EventStatus");

    // Properties

    /** {@code dg:participant}: Event → Person (calls) or Country (rounds). */
    public static final Property PARTICIPANT = property("participant");

    /** {@code dg:date}: Event → {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}. */
    public static final Property DATE = property("date");

    /** {@code dg:duration}: Event → {@code xsd:duration}. */
    public static final Property DURATION = property("duration");

    /**
     * {@code dg:durationQualifier}: Event → {@code xsd:string}, how the text hedges the duration
     * ("approximately", "almost", "atLeast", "moreThan", "lessThan", "atMost").
     */
    public static final Property DURATION_QUALIFIER = property("durationQualifier");

    /** {@code dg:topic}: Event → Country, Region, City or Organization that was discussed. */
    public static final Property TOPIC = property("topic");

    /** {@code dg:notDiscussed}: Event → what the text says was explicitly not discussed. */
    public static final Property NOT_DISCUSSED = property("notDiscussed");

    /** {@code dg:location}: Event → City (or Country). */
    public static final Property LOCATION = property("location");

    /** {@code dg:ordinal}: Event → {@code xsd:integer} ≥ 1. */
    public static final Property ORDINAL = property("ordinal");

    /** {@code dg:status}: Event → {@link #HELD} or {@link #PLANNED}. */
    public static final Property STATUS = property("status");

    /** {@code dg:reportedIn}: Event → Article. */
    public static final Property REPORTED_IN = property("reportedIn");

    /** {@code dg:evidence}: Event or entity → Mention. */
    public static final Property EVIDENCE = property("evidence");

    /** {@code dg:mentionedIn}: entity → Article. */
    public static final Property MENTIONED_IN = property("mentionedIn");

    /** {@code dg:published}: Article → {@code xsd:date} or {@code xsd:dateTime}. */
    public static final Property PUBLISHED = property("published");

    /** {@code dg:title}: Article → headline. */
    public static final Property TITLE = property("title");

    /** {@code dg:source}: Article → outlet name. */
    public static final Property SOURCE = property("source");

    /** {@code dg:url}: Article → web address. */
    public static final Property URL = property("url");

    /** {@code dg:language}: Article → BCP 47 code. */
    public static final Property LANGUAGE = property("language");

    /** {@code dg:content}: Article → full text; evidence offsets index into it. */
    public static final Property CONTENT = property("content");

    /** {@code dg:contentHash}: Article → SHA-256 hex of the text. */
    public static final Property CONTENT_HASH = property("contentHash");

    /**
     * {@code dg:nameKey}: entity → a lower-cased name to look it up by with an index instead of a scan: each
     * label and spelling, and for a person also each trailing part of a name that starts a word.
     */
    public static final Property NAME_KEY = property("nameKey");

    /** {@code dg:reconciliationPending}: the build graph → true while stored events wait to be reconciled. */
    public static final Property RECONCILIATION_PENDING = property("reconciliationPending");

    /** {@code dg:article}: Mention → Article (the property; the class is {@link #ARTICLE}). */
    public static final Property ARTICLE_PROP = property("article");

    /** {@code dg:start}: Mention → {@code xsd:integer}, inclusive offset. */
    public static final Property START = property("start");

    /** {@code dg:end}: Mention → {@code xsd:integer}, exclusive offset. */
    public static final Property END = property("end");

    /** {@code dg:text}: Mention → covered text. */
    public static final Property TEXT = property("text");

    /** {@code dg:sentence}: Mention → the sentence it stands in. */
    public static final Property SENTENCE = property("sentence");

    /** {@code dg:sentenceStart}: Mention → offset of the sentence. */
    public static final Property SENTENCE_START = property("sentenceStart");

    /** {@code dg:represents}: Person → the Country or Organization the person acts for. */
    public static final Property REPRESENTS = property("represents");

    // Individuals

    /** {@code dg:Held}: the event took place. */
    public static final Resource HELD = resource("Held");

    /** {@code dg:Planned}: the event is announced or expected. */
    public static final Resource PLANNED = resource("Planned");

    private DG() {
    }

    /** The IRI of the article with the given id, e.g. {@code article("000")}. */
    public static String articleIri(String articleId) {
        return ARTICLE_BASE + articleId;
    }

    /** The IRI of the entity or event with the given key, e.g. {@code idIri("person/vladimir-putin")}. */
    public static String idIri(String key) {
        return ID_BASE + key;
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NAMESPACE + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NAMESPACE, localName);
    }
}
