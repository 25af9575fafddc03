package org.diplograph.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.store.Tdb2Store;

/**
 * Links entities without {@code owl:sameAs} to Wikidata items, conservatively. For each entity:
 * <ol>
 * <li>search its German and English labels ({@code wbsearchentities}, language {@code de} / {@code en});</li>
 * <li>fetch the results whose label, match or alias equals a label of the entity, case-insensitively
 *     ({@code wbgetentities});</li>
 * <li>a candidate <em>fits</em> when a label (persons, countries, cities: or an alias) equals a label of the
 *     entity and one of its P31 classes is accepted for the entity's kind ({@link TypeRules}); a person's
 *     candidate whose citizenship (P27) is known and does not include the country the person represents
 *     does not fit;</li>
 * <li>exactly one fitting candidate is accepted; none or several send the entity to the review file.</li>
 * </ol>
 * A person known by one word only is never searched. Nothing is written until every entity is decided: when
 * the API fails half-way ({@link WikidataUnavailableException}) the store and the review file are unchanged.
 */
public final class Linker {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private final TypeRules rules;

    /** A linker using the bundled type rules. */
    public Linker() {
        this(TypeRules.bundled());
    }

    public Linker(TypeRules rules) {
        this.rules = rules;
    }

    public TypeRules rules() {
        return rules;
    }

    /** Links the entities of {@code store}; see {@link #run(DatasetGraph, LinkOptions, Consumer)}. */
    public LinkResult run(Tdb2Store store, LinkOptions options, Consumer<LinkDecision> onDecision) {
        return run(store.datasetGraph(), options, onDecision);
    }

    /**
     * Decides every entity without a link, then (unless a dry run) writes the review file and adds the
     * accepted links to {@link LinkGraph#GRAPH_IRI}.
     *
     * @param onDecision told of each decision as it is made (progress); may be a no-op
     * @throws WikidataUnavailableException when the API cannot be used; nothing has been written then
     */
    public LinkResult run(DatasetGraph dsg, LinkOptions options, Consumer<LinkDecision> onDecision) {
        List<UnlinkedEntity> entities = LinkGraph.unlinked(dsg);
        WikidataClient client = WikidataClient.of(options);
        List<LinkDecision> decisions = new ArrayList<>();
        for (UnlinkedEntity e : entities) {
            LinkDecision d = link(e, client);
            decisions.add(d);
            onDecision.accept(d);
        }
        int pruned = 0;
        if (!options.dryRun()) {
            ReviewFile.write(options.reviewFile(), decisions, rules);
            List<LinkDecision> accepted = decisions.stream().filter(LinkDecision::accepted).toList();
            pruned = LinkGraph.write(dsg, accepted, options.endpoint(), options.clock().instant());
        }
        return new LinkResult(decisions, client.networkRequests(), client.cacheHits(), pruned,
                options.dryRun() ? null : options.reviewFile(), options.dryRun());
    }

    /** Searches, fetches and decides one entity. */
    LinkDecision link(UnlinkedEntity e, WikidataClient client) {
        if (e.kind() == EntityKind.PERSON && e.labels().stream().allMatch(l -> wordCount(l.text()) < 2)) {
            return new LinkDecision(e, null, List.of(),
                    "a single name is not linked: it could be anyone of that name (needs first name and surname)");
        }
        Set<String> searched = new LinkedHashSet<>();
        List<SearchHit> hits = new ArrayList<>();
        for (UnlinkedEntity.Label label : e.labels()) {
            String text = SPACES.matcher(label.text()).replaceAll(" ").strip();
            if (text.isEmpty() || !searched.add(label.language() + "\u0000" + normalize(text))) {
                continue;
            }
            hits.addAll(client.search(text, label.language()));
        }
        Set<String> names = names(e);
        List<String> toFetch = hits.stream().filter(h -> hitMatches(h, names, e.kind())).map(SearchHit::qid)
                .distinct().toList();
        Map<String, WikidataItem> items = toFetch.isEmpty() ? Map.of() : client.items(toFetch);
        return decide(e, hits, items, rules);
    }

    /**
     * The decision for {@code e} given the search results and the items fetched for them: pure, so that it
     * can be tested without a server.
     */
    public static LinkDecision decide(UnlinkedEntity e, List<SearchHit> hits, Map<String, WikidataItem> items,
                                      TypeRules rules) {
        Set<String> names = names(e);
        String shownName = e.labelTexts().isEmpty() ? e.key() : e.labelTexts().get(0);
        Map<String, SearchHit> byQid = new LinkedHashMap<>();
        hits.forEach(h -> byQid.putIfAbsent(h.qid(), h));
        List<Candidate> candidates = new ArrayList<>();
        List<Candidate> fitting = new ArrayList<>();
        List<String> wrongCitizenship = new ArrayList<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        int named = 0;
        for (SearchHit hit : byQid.values()) {
            WikidataItem item = items.get(hit.qid());
            if (item == null) {
                candidates.add(new Candidate(hit.qid(), hit.label(), hit.description(), List.of(), false, false));
                continue;
            }
            Optional<String> matched = matchedLabel(e, item);
            Optional<TypeRules.Rule> fit = rules.fit(e.kind(), item);
            Candidate c = new Candidate(item.qid(), item.displayLabel(),
                    item.displayDescription().isEmpty() ? hit.description() : item.displayDescription(),
                    item.instanceOf(), matched.isPresent(), fit.isPresent());
            candidates.add(c);
            if (matched.isEmpty()) {
                continue;
            }
            named++;
            if (fit.isEmpty()) {
                continue;
            }
            if (e.kind() == EntityKind.PERSON && e.representsQid() != null && !item.citizenship().isEmpty()
                    && !item.citizenship().contains(e.representsQid())) {
                wrongCitizenship.add(item.qid() + " (citizen of " + String.join(", ", item.citizenship()) + ")");
                continue;
            }
            fitting.add(c);
            evidence.put(item.qid(), matched.get() + "; instance of " + rules.describe(fit.get().qid()));
        }
        if (fitting.size() == 1) {
            Candidate c = fitting.get(0);
            return new LinkDecision(e, c.qid(), candidates, evidence.get(c.qid()) + "; the only fitting candidate of "
                    + byQid.size() + " search result" + (byQid.size() == 1 ? "" : "s"));
        }
        String reason;
        if (fitting.size() > 1) {
            reason = "ambiguous: " + fitting.size() + " candidates named '" + shownName + "' fit ("
                    + String.join(", ", fitting.stream().map(Candidate::qid).toList()) + ")";
        } else if (!wrongCitizenship.isEmpty()) {
            reason = "the candidate named '" + shownName + "' is not a citizen of " + e.representsQid()
                    + ", the country the person represents: " + String.join(", ", wrongCitizenship);
        } else if (byQid.isEmpty()) {
            reason = "Wikidata search found nothing for '" + shownName + "'";
        } else if (named == 0) {
            reason = "no candidate's label" + (e.kind().aliasesMatch() ? " or alias" : "") + " equals '"
                    + shownName + "' (" + byQid.size() + " search result" + (byQid.size() == 1 ? "" : "s") + ")";
        } else {
            reason = "no candidate named '" + shownName + "' is an instance of " + rules.wanted(e.kind())
                    + (e.kind() == EntityKind.COUNTRY ? " (and not dissolved or historical)" : "");
        }
        return new LinkDecision(e, null, candidates, reason);
    }

    /** "label 'Andrij Sybiha' (de)" when one of the item's names equals a label of {@code e}. */
    private static Optional<String> matchedLabel(UnlinkedEntity e, WikidataItem item) {
        Set<String> itemNames = new LinkedHashSet<>();
        item.names(e.kind().aliasesMatch()).forEach(n -> itemNames.add(normalize(n)));
        for (UnlinkedEntity.Label l : e.labels()) {
            if (itemNames.contains(normalize(l.text()))) {
                return Optional.of("label '" + l.text() + "' (" + l.language() + ")");
            }
        }
        return Optional.empty();
    }

    private static boolean hitMatches(SearchHit h, Set<String> names, EntityKind kind) {
        if (names.contains(normalize(h.label()))) {
            return true;
        }
        boolean aliasMatch = names.contains(normalize(h.matchText())) || h.aliases().stream()
                .anyMatch(a -> names.contains(normalize(a)));
        return aliasMatch && (kind.aliasesMatch() || "label".equals(h.matchType()));
    }

    private static Set<String> names(UnlinkedEntity e) {
        Set<String> names = new LinkedHashSet<>();
        e.labels().forEach(l -> names.add(normalize(l.text())));
        names.remove("");
        return names;
    }

    /** NFC, whitespace runs as one space, trimmed, lower case: how names are compared. */
    static String normalize(String s) {
        String nfc = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static int wordCount(String s) {
        String n = normalize(s);
        return n.isEmpty() ? 0 : n.split(" ").length;
    }
}
