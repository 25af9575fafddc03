package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.diplograph.generate.CorpusGenerator;
import org.diplograph.resolve.EntityCatalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./diplograph generate}: write a generated German corpus with its gold, for scale runs. */
@Command(name = "generate", header = "Write a realistic generated German corpus with gold, for scale runs.", mixinStandardHelpOptions = true,
        description = {
            "Write N realistic generated German diplomacy articles (phone calls, negotiation rounds,",
            "meetings, filler) with their gold files, for benchmarks and accuracy checks at scale.",
            "The same --seed always gives the same corpus; memory stays flat for any N.",
            "",
            "Output in DIR: articles.jsonl (or articles/*.txt with .meta.json) and gold/ID.gold.json",
            "(the evaluation's gold format) or gold.jsonl.",
            "",
            "Examples:",
            "  ./diplograph generate --articles 1000 --out corpus",
            "  ./diplograph evaluate --gold corpus/gold corpus/articles.jsonl",
            "  ./diplograph generate --articles 1000000 --out big --gold jsonl"})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", required = true, description = "How many articles.")
    long articles;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (created when missing).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "jsonl|txt", defaultValue = "jsonl",
            description = "jsonl: one articles.jsonl (default); txt: one .txt + .meta.json per article.")
    String format;

    @Option(names = "--gold", paramLabel = "files|jsonl|none", defaultValue = "files",
            description = "files: gold/ID.gold.json (default); jsonl: one gold.jsonl; none.")
    String gold;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CorpusGenerator.Format f = switch (format.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> CorpusGenerator.Format.JSONL;
            case "txt" -> CorpusGenerator.Format.TXT;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format must be jsonl or txt, not '" + format + "'");
        };
        CorpusGenerator.GoldOutput g = switch (gold.toLowerCase(Locale.ROOT)) {
            case "files" -> CorpusGenerator.GoldOutput.FILES;
            case "jsonl" -> CorpusGenerator.GoldOutput.JSONL;
            case "none" -> CorpusGenerator.GoldOutput.NONE;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--gold must be files, jsonl or none, not '" + gold + "'");
        };
        if (articles < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--articles must be >= 0");
        }
        long step = Math.max(100_000, articles / 10);
        long[] next = {step};
        CorpusGenerator.Summary s = new CorpusGenerator(EntityCatalog.bundled(), seed).write(this.out, articles, f, g,
                done -> {
                    if (done >= next[0] && done < articles) {
                        err.printf(Locale.ROOT, "generate: %,d of %,d articles%n", done, articles);
                        err.flush();
                        next[0] += step;
                    }
                });
        out.println("Generated " + CorpusGenerator.describe(s));
        out.println("  articles  " + s.articlesAt());
        if (s.goldAt() != null) {
            out.println("  gold      " + s.goldAt());
        }
        out.flush();
        return 0;
    }
}
