package org.diplograph.scale;

import org.diplograph.cli.GenerateCommand;

import picocli.CommandLine;

/** Runs {@code generate} (the same command as {@code ./diplograph generate}) for the bench script. */
public final class Generate {
    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }

    private Generate() {
    }
}
