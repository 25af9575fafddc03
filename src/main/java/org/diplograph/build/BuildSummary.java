package org.diplograph.build;

import java.time.Duration;
import java.util.List;

/**
 * What one {@code build} did and what the store now holds.
 *
 * @param added     articles stored for the first time
 * @param updated   articles whose text or metadata changed (their graph was replaced)
 * @param unchanged articles already stored with the same content (skipped)
 * @param problems  one line per article that could not be read or stored ("file: reason")
 * @param warnings  one line per article stored with a caveat (e.g. decoded as windows-1252)
 * @param merged    event reports renamed to join the same event reported elsewhere
 */
public record BuildSummary(int added, int updated, int unchanged, List<String> problems, List<String> warnings,
                           int merged, StoreCounts counts, Duration took) {

    public BuildSummary {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public int failed() {
        return problems.size();
    }
}
