package org.diplograph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.diplograph.InputException;

/**
 * The gold annotation of one article (../shared/eval/README.md). Names are canonical English names
 * ("Vladimir Putin", "Russia", "Middle East"); unknown JSON fields are ignored.
 *
 * @param article   the article id or id prefix ("001")
 * @param file      the article's file name ("001_cef17978be899d2d.txt"), or null
 * @param published publication date "YYYY-MM-DD", or null
 * @param persons   every person named at least once
 * @param countries every country referred to by name, adjective or capital/seat
 * @param calls     phone calls that must be found
 * @param rounds    negotiation rounds that must be found
 * @param optional  borderline events: finding them is neither rewarded nor penalised
 * @param notes     why the hard cases are annotated as they are
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldFile(String article, String file, String published, List<String> persons, List<String> countries,
                       List<Event> calls, List<Event> rounds, Optional optional, String notes) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    public GoldFile {
        persons = persons == null ? List.of() : List.copyOf(persons);
        countries = countries == null ? List.of() : List.copyOf(countries);
        calls = calls == null ? List.of() : List.copyOf(calls);
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        optional = optional == null ? new Optional(List.of(), List.of()) : optional;
    }

    /**
     * One gold call or round.
     *
     * @param date            "YYYY-MM-DD", "YYYY-MM" (a month) or null (the text gives no date)
     * @param participants    persons on the call (calls)
     * @param parties         countries whose delegations met (rounds)
     * @param place           where a round met, or null
     * @param durationMinutes how long, or null
     * @param topics          what was discussed
     * @param topicsOptional  topics a prediction may list without penalty
     * @param status          "held" or "planned"
     * @param ordinal         the n-th, or null
     * @param dateBasis       "published" when the publication day is the only anchor: a null date or the
     *                        publication date both count as right
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String date, List<String> participants, List<String> parties, String place,
                        @JsonProperty("duration_minutes") Integer durationMinutes, List<String> topics,
                        @JsonProperty("topics_optional") List<String> topicsOptional, String status,
                        Integer ordinal, @JsonProperty("date_basis") String dateBasis) {
        public Event {
            participants = participants == null ? List.of() : List.copyOf(participants);
            parties = parties == null ? List.of() : List.copyOf(parties);
            topics = topics == null ? List.of() : List.copyOf(topics);
            topicsOptional = topicsOptional == null ? List.of() : List.copyOf(topicsOptional);
            status = status == null ? "held" : status;
        }

        /** Who took part: the participants of a call, else the parties of a round. */
        public List<String> members() {
            return participants.isEmpty() ? parties : participants;
        }

        public boolean datedByPublication() {
            return "published".equals(dateBasis);
        }
    }

    /** Borderline events. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Optional(List<Event> calls, List<Event> rounds) {
        public Optional {
            calls = calls == null ? List.of() : List.copyOf(calls);
            rounds = rounds == null ? List.of() : List.copyOf(rounds);
        }
    }

    /**
     * Reads one gold file.
     *
     * @throws InputException naming the file (and line:column for malformed JSON), or when it has no "article"
     */
    public static GoldFile read(Path file) {
        JsonNode tree = readTree(file);
        if (!tree.hasNonNull("article")) {
            throw new InputException(file, "not a per-article gold file (no \"article\" field)");
        }
        try {
            return JSON.treeToValue(tree, GoldFile.class);
        } catch (JsonProcessingException e) {
            throw new InputException(file, "not a gold file: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Every per-article gold file ({@code *.json} with an "article" field) in {@code dir}, sorted by file
     * name. Other JSON files there (such as merged.gold.json, which describes the union graph) are skipped.
     */
    public static List<GoldFile> readDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "no such gold directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir, "cannot list gold directory: " + e.getMessage(), e);
        }
        List<GoldFile> gold = new ArrayList<>();
        for (Path f : files) {
            if (readTree(f).hasNonNull("article")) {
                gold.add(read(f));
            }
        }
        if (gold.isEmpty()) {
            throw new InputException(dir, "no gold files (*.json with an \"article\" field) in this directory");
        }
        return List.copyOf(gold);
    }

    private static JsonNode readTree(Path file) {
        try {
            JsonNode tree = JSON.readTree(file.toFile());
            if (tree == null || !tree.isObject()) {
                throw new InputException(file, "not a gold file: expected a JSON object");
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ": ";
            throw new InputException(file, where + "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }
}
