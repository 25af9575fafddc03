package org.diplograph.rdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes Diplograph writes in its output (Turtle/TriG dumps, query results, reports) and puts in
 * front of bundled queries. One fixed order, so that output is stable.
 */
public final class Namespaces {

    /** Wikidata entities ({@code wd:Q7747}). */
    public static final String WD = "http://www.wikidata.org/entity/";

    /** W3C PROV-O. */
    public static final String PROV = "http://www.w3.org/ns/prov#";

    /** The Simple Event Model. */
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    /** prefix → namespace, in output order. */
    private static final Map<String, String> MAP = build();

    private static final PrefixMapping PREFIX_MAPPING = PrefixMapping.Factory.create()
            .setNsPrefixes(MAP)
            .lock();

    private Namespaces() {
    }

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(DG.PREFIX, DG.NAMESPACE);
        m.put(DG.ID_PREFIX, DG.ID_BASE);
        m.put(DG.ARTICLE_PREFIX, DG.ARTICLE_BASE);
        m.put(Schema.PREFIX, Schema.NAMESPACE);
        m.put("owl", OWL.NS);
        m.put("rdfs", RDFS.uri);
        m.put("xsd", XSD.NS);
        m.put("wd", WD);
        m.put("prov", PROV);
        m.put("sem", SEM);
        return Collections.unmodifiableMap(m);
    }

    /** prefix → namespace IRI, in a fixed order (dg, dgid, dga, schema, owl, rdfs, xsd, wd, prov, sem). */
    public static Map<String, String> map() {
        return MAP;
    }

    /** The same prefixes as a locked Jena {@link PrefixMapping}, e.g. for {@code RDFWriter} or shortening IRIs. */
    public static PrefixMapping prefixMapping() {
        return PREFIX_MAPPING;
    }

    /** SPARQL {@code PREFIX} lines for all prefixes, one per line, ending in a newline. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        MAP.forEach((prefix, ns) -> sb.append("PREFIX ").append(prefix).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }

    /**
     * The short form of an IRI ({@code dg:PhoneCall}, {@code dgid:person/vladimir-putin}) when a prefix
     * covers it, otherwise {@code <iri>}. For display to people (reports, messages): the local part is
     * not escaped, so the result is not always a valid Turtle or SPARQL prefixed name.
     */
    public static String shorten(String iri) {
        String best = null;
        String bestNs = "";
        for (Map.Entry<String, String> e : MAP.entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && ns.length() > bestNs.length()) {
                best = e.getKey();
                bestNs = ns;
            }
        }
        return best == null ? "<" + iri + ">" : best + ":" + iri.substring(bestNs.length());
    }
}
