package org.diplograph.link;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

import org.diplograph.DiplographException;

/**
 * The entities {@code link --online} did not link, for a person to decide: a UTF-8 TSV file with the
 * header {@value #HEADER}. {@code candidates} lists every item considered as
 * {@code Q123 Label – description [Q5 (human)]}, separated by {@code " | "}; types are shown for the
 * candidates whose name matched (the others were not fetched). A backslash, tab, LF or CR inside a value
 * is written {@code \\}, {@code \t}, {@code \n}, {@code \r}.
 */
public final class ReviewFile {
    /** The header row. */
    public static final String HEADER = "entity\tlabel\tcandidates\treason";

    private ReviewFile() {
    }

    /** Writes the rows for {@code decisions} that were not accepted, replacing {@code file}. */
    public static void write(Path file, List<LinkDecision> decisions, TypeRules rules) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".review-", ".tsv");
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    w.write(HEADER);
                    w.write('\n');
                    for (LinkDecision d : decisions) {
                        if (!d.accepted()) {
                            w.write(row(d, rules));
                            w.write('\n');
                        }
                    }
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new DiplographException(file + ": cannot write the review file (" + e.getMessage() + ")", e);
        }
    }

    /** One row, without the line end. */
    public static String row(LinkDecision d, TypeRules rules) {
        return String.join("\t", escape(d.entity().iri()), escape(String.join(" | ", d.entity().labelTexts())),
                escape(candidates(d.candidates(), rules)), escape(d.reason()));
    }

    /** The candidates cell. */
    static String candidates(List<Candidate> candidates, TypeRules rules) {
        return candidates.stream().map(c -> {
            StringBuilder sb = new StringBuilder(c.qid());
            if (!c.label().isEmpty()) {
                sb.append(' ').append(c.label());
            }
            if (!c.description().isEmpty()) {
                sb.append(" – ").append(c.description());
            }
            if (!c.types().isEmpty()) {
                sb.append(" [").append(c.types().stream().map(rules::describe).collect(Collectors.joining(", ")))
                        .append(']');
            }
            return sb.toString();
        }).collect(Collectors.joining(" | "));
    }

    static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
