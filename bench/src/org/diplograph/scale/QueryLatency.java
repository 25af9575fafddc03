package org.diplograph.scale;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.diplograph.QueryException;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;
import org.diplograph.store.Tdb2Store;

/**
 * Warm latency of the bundled queries calls-mentioning and calls-between on a built store: each query runs
 * once to warm up, then {@code --runs} times; prints the median and the row count as {@code key=value} lines.
 *
 * <p>Usage: {@code QueryLatency --db DIR [--runs 10] [--topic Ukraine] [--person1 Putin] [--person2 Trump]}
 */
public final class QueryLatency {
    public static void main(String[] args) {
        Path db = Path.of(Corpus.arg(args, "--db", "diplograph-db"));
        int runs = Corpus.intArg(args, "--runs", 10);
        QueryRunner runner = new QueryRunner();
        try (Tdb2Store store = Tdb2Store.openExisting(db, "bench")) {
            Dataset ds = store.dataset();
            measure(runner, ds, "calls_mentioning", "calls-mentioning",
                    Map.of("topic", Corpus.arg(args, "--topic", "Ukraine")), runs);
            measure(runner, ds, "calls_between", "calls-between",
                    Map.of("person1", Corpus.arg(args, "--person1", "Putin"),
                            "person2", Corpus.arg(args, "--person2", "Trump")), runs);
        }
    }

    private static void measure(QueryRunner runner, Dataset ds, String key, String query, Map<String, String> params,
                                int runs) {
        ResultTable first;
        try {
            first = runner.runBundled(ds, query, params);
        } catch (QueryException e) {
            // the runner's time limit (60 s): reported as such, and the other query is still measured
            System.out.printf(Locale.ROOT, "query.%s.median_ms=timeout%nquery.%s.error=%s%n", key, key,
                    e.getMessage().replace('\n', ' '));
            return;
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            runner.runBundled(ds, query, params);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        System.out.printf(Locale.ROOT, "query.%s.median_ms=%.1f%nquery.%s.rows=%d%n", key, median, key, first.size());
    }

    private QueryLatency() {
    }
}
