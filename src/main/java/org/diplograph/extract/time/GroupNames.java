package org.diplograph.extract.time;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a pattern's named groups, looked up once per pattern. {@link Matcher#group(String)},
 * {@link Matcher#start(String)} and {@link Matcher#end(String)} copy the pattern's whole map of group
 * names on every call (since JDK 20 {@link Pattern#namedGroups()} returns a copy, and the matcher
 * asks for it twice), which for the time patterns cost more than the matching itself; the group
 * methods of the time extractors take the number from here and call the matcher's methods by
 * number, which answer the same. Immutable and thread-safe.
 */
final class GroupNames {
    /** Keyed by identity (a pattern does not override equals); the patterns are constants, so this stays small. */
    private static final Map<Pattern, GroupNames> OF = new ConcurrentHashMap<>();

    private final String[] names;
    private final int[] numbers;

    private GroupNames(Map<String, Integer> groups) {
        names = groups.keySet().toArray(String[]::new);
        numbers = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            numbers[i] = groups.get(names[i]);
        }
    }

    /** The group names of {@code pattern}. */
    static GroupNames of(Pattern pattern) {
        return OF.computeIfAbsent(pattern, p -> new GroupNames(p.namedGroups()));
    }

    /**
     * The number of the group {@code name}; like the matcher, an IllegalArgumentException when there is
     * none. A pattern has a handful of names, and the callers pass constants, which the first loop finds
     * by identity.
     */
    int number(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return numbers[i];
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return numbers[i];
            }
        }
        throw new IllegalArgumentException("No group with name <" + name + ">");
    }

    /** {@link Matcher#group(String)} without copying the name map. */
    static String group(Matcher m, String name) {
        return m.group(of(m.pattern()).number(name));
    }

    /** {@link Matcher#start(String)} without copying the name map. */
    static int start(Matcher m, String name) {
        return m.start(of(m.pattern()).number(name));
    }

    /** {@link Matcher#end(String)} without copying the name map. */
    static int end(Matcher m, String name) {
        return m.end(of(m.pattern()).number(name));
    }
}
