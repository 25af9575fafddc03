package org.diplograph.build;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DG;

/** How many of each kind of thing the store holds (over the union of all article graphs). */
public record StoreCounts(long articles, long persons, long countries, long calls, long rounds, long triples) {

    private static final String QUERY = """
            PREFIX dg: <%s>
            SELECT
              (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?person) AS ?persons)
              (COUNT(DISTINCT ?country) AS ?countries) (COUNT(DISTINCT ?call) AS ?calls)
              (COUNT(DISTINCT ?round) AS ?rounds)
            WHERE {
              { ?article a dg:Article } UNION { ?person a dg:Person } UNION { ?country a dg:Country }
              UNION { ?call a dg:PhoneCall } UNION { ?round a dg:NegotiationRound }
            }
            """.formatted(DG.NAMESPACE);

    /** Counts what {@code dsg} holds; its default graph must be the union of the article graphs. */
    public static StoreCounts of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long[] n = new long[5];
            try (QueryExec exec = QueryExec.dataset(dsg).query(QUERY).build()) {
                RowSet rows = exec.select();
                var b = rows.next();
                String[] vars = {"articles", "persons", "countries", "calls", "rounds"};
                for (int i = 0; i < vars.length; i++) {
                    n[i] = Long.parseLong(b.get(vars[i]).getLiteralLexicalForm());
                }
            }
            long triples = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) {
                triples++;
            }
            return new StoreCounts(n[0], n[1], n[2], n[3], n[4], triples);
        });
    }
}
