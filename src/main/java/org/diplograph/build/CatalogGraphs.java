package org.diplograph.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.diplograph.rdf.DG;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.store.GraphStore;
import org.diplograph.store.GraphStore.GraphContent;

/**
 * The catalogue graphs one build writes ({@link RdfMapper#describe}): each catalogue entity's names and
 * Wikidata item once, in the same transaction as the first article graph of the build that names it, so that
 * a build killed at any moment never leaves a stored entity without its labels. Used by the writing thread
 * only.
 */
final class CatalogGraphs {
    private final RdfMapper mapper;
    private final Set<String> written = new TreeSet<>();

    CatalogGraphs(RdfMapper mapper) {
        this.mapper = mapper;
    }

    /** The graphs of those {@code keys} this build has not written yet; from now on they count as written. */
    List<GraphContent> firstWritten(Collection<String> keys) {
        List<GraphContent> graphs = new ArrayList<>();
        for (String key : keys) {
            if (written.add(key)) {
                graphs.add(graph(key));
            }
        }
        return graphs;
    }

    /**
     * Every graph this build wrote, as the running catalogue describes it. Written whole at the end of a build
     * into a store that held articles before: a graph a bulk load added to may still hold what an older
     * catalogue said (a spelling or a Wikidata link since withdrawn).
     */
    List<GraphContent> all() {
        return written.stream().map(this::graph).toList();
    }

    private GraphContent graph(String key) {
        return new GraphContent(RdfMapper.catalogGraphIri(key), mapper.describe(key));
    }

    /**
     * Drops the catalogue graph of every entity that no stored article names any more (after articles were
     * replaced), so that exports show no entity without evidence.
     */
    void dropUnmentioned(GraphStore store) {
        StringBuilder update = new StringBuilder()
                .append("DELETE { GRAPH ?g { ?e ?p ?o } } WHERE {\n  VALUES (?g ?e) {");
        for (String key : mapper.describableKeys()) {
            update.append("\n    (<").append(RdfMapper.catalogGraphIri(key)).append("> <")
                    .append(RdfMapper.entityIri(key)).append(">)");
        }
        update.append("\n  }\n  GRAPH ?g { ?e ?p ?o }\n  FILTER NOT EXISTS { GRAPH ?a { ?e <")
                .append(DG.MENTIONED_IN.getURI()).append("> ?a } }\n}");
        store.update(update.toString());
    }
}
