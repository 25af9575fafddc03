/**
 * The {@code ./diplograph} command line (picocli). Commands only adapt arguments and print results;
 * the work is done by the library packages. Errors Diplograph reports on purpose are one line on stderr
 * with a non-zero exit code; set {@code DIPLOGRAPH_DEBUG=1} for stack traces.
 */
package org.diplograph.cli;
