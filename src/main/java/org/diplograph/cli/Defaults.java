package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Defaults shared by the commands. */
final class Defaults {
    private Defaults() {
    }

    /**
     * The bundled articles: {@code $DIPLOGRAPH_HOME/data} when the launcher set it (so that
     * {@code ./diplograph build} works from any directory), else {@code data} in the working directory.
     */
    static Path bundledData() {
        String home = System.getenv("DIPLOGRAPH_HOME");
        if (home != null && Files.isDirectory(Path.of(home, "data"))) {
            return Path.of(home, "data");
        }
        return Path.of("data");
    }
}
