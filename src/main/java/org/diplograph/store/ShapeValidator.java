package org.diplograph.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.DiplographException;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.Namespaces;

/**
 * Checks a Diplograph graph against the bundled SHACL shapes ({@code ontology/shapes.ttl}, on the
 * classpath at {@value #SHAPES_RESOURCE}) with Jena SHACL, plus one check SHACL cannot express: every
 * mention's text reproduces its article's content at its offsets ({@value #EVIDENCE_TEXT_CHECK}). Validate
 * the union of all article graphs: {@link #validate(Dataset)} does that inside a read transaction.
 */
public final class ShapeValidator {

    /** Where the shapes live on the classpath. */
    public static final String SHAPES_RESOURCE = "org/diplograph/ontology/shapes.ttl";

    /**
     * The {@link ValidationReport.Violation#constraints()} name of the evidence check SHACL cannot express:
     * {@code dg:text} / {@code dg:sentence} must reproduce the article text at the mention's offsets.
     */
    public static final String EVIDENCE_TEXT_CHECK = "EvidenceTextCheck";

    private static final int MAX_LITERAL = 80;

    /** Parsed on first use; a missing or broken file fails with a {@link DiplographException} each time. */
    private static volatile Shapes bundled;

    private final Shapes shapes;

    /** A validator using the bundled shapes (parsed once per JVM, on first use). */
    public ShapeValidator() {
        this(bundledShapes());
    }

    /** A validator using the given shapes, e.g. from a test. */
    public ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The bundled shapes, parsed from {@value #SHAPES_RESOURCE}. */
    public static Shapes bundledShapes() {
        Shapes shapes = bundled;
        if (shapes == null) {
            synchronized (ShapeValidator.class) {
                if (bundled == null) {
                    bundled = loadBundledShapes();
                }
                shapes = bundled;
            }
        }
        return shapes;
    }

    /**
     * Validates the union graph of a dataset (all article graphs) inside a read transaction; joins the
     * caller's transaction if there is one.
     */
    public ValidationReport validate(Dataset dataset) {
        return validate(dataset.asDatasetGraph());
    }

    /**
     * Validates the union graph of a dataset graph (e.g. {@code Tdb2Store.datasetGraph()}) inside a read
     * transaction; joins the caller's transaction if there is one.
     */
    public ValidationReport validate(DatasetGraph datasetGraph) {
        return Txn.calculateRead(datasetGraph, () -> validate(datasetGraph.getUnionGraph()));
    }

    /** Validates one graph, usually the union of all article graphs. The caller handles transactions. */
    public ValidationReport validate(Graph graph) {
        org.apache.jena.shacl.ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        // One violation per (focus, path, message, value): a shape with several constraints and one message
        // (e.g. datatype and minimum) would otherwise print the same line twice.
        Map<List<String>, SortedSet<String>> merged = new LinkedHashMap<>();
        Map<List<String>, Optional<String>> values = new HashMap<>();
        for (ReportEntry entry : report.getEntries()) {
            Optional<String> value = Optional.ofNullable(entry.value()).map(ShapeValidator::display);
            List<String> key = List.of(display(entry.focusNode()), displayPath(entry.resultPath()), message(entry),
                    value.orElse(""));
            merged.computeIfAbsent(key, k -> new TreeSet<>()).add(localName(entry.sourceConstraintComponent()));
            values.put(key, value);
        }
        List<ValidationReport.Violation> violations = new ArrayList<>();
        merged.forEach((key, constraints) -> violations.add(new ValidationReport.Violation(
                key.get(0), key.get(1), key.get(2), values.get(key), List.copyOf(constraints))));
        violations.addAll(checkEvidenceText(graph));
        violations.sort(Comparator.comparing(ValidationReport.Violation::focusNode)
                .thenComparing(ValidationReport.Violation::path)
                .thenComparing(ValidationReport.Violation::message)
                .thenComparing(v -> v.value().orElse("")));
        return new ValidationReport(violations.isEmpty(), countInstances(graph, DG.EVENT.asNode()),
                countInstances(graph, DG.MENTION.asNode()), violations);
    }

    /**
     * The report as text, one line per violation: {@code focus  path  message [value]}, fields separated
     * by two spaces (the path is {@code -} for node-level results). Empty when the graph conforms.
     */
    public static List<String> render(ValidationReport report) {
        List<String> lines = new ArrayList<>(report.violations().size());
        for (ValidationReport.Violation v : report.violations()) {
            StringBuilder sb = new StringBuilder()
                    .append(v.focusNode()).append("  ")
                    .append(v.path().isEmpty() ? "-" : v.path()).append("  ")
                    .append(v.message());
            v.value().ifPresent(value -> sb.append(" [value: ").append(value).append(']'));
            lines.add(sb.toString());
        }
        return lines;
    }

    /**
     * The check SHACL cannot make: a mention's {@code dg:text} is exactly its article's {@code dg:content}
     * between {@code dg:start} and {@code dg:end}, and its {@code dg:sentence} stands at
     * {@code dg:sentenceStart}. Offsets are Java string (UTF-16) offsets, which SPARQL's code-point based
     * SUBSTR would miscount after an emoji. Mentions with missing or ill-typed values are left to the shapes.
     */
    private static List<ValidationReport.Violation> checkEvidenceText(Graph graph) {
        List<ValidationReport.Violation> violations = new ArrayList<>();
        Map<Node, Optional<String>> contents = new HashMap<>();
        Set<Node> mentions = new HashSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), DG.MENTION.asNode()).forEachRemaining(t -> mentions.add(t.getSubject()));
        for (Node m : mentions) {
            Optional<Node> article = single(graph, m, DG.ARTICLE_PROP.asNode());
            Optional<Integer> start = integer(single(graph, m, DG.START.asNode()));
            Optional<Integer> end = integer(single(graph, m, DG.END.asNode()));
            Optional<String> text = single(graph, m, DG.TEXT.asNode()).filter(Node::isLiteral)
                    .map(Node::getLiteralLexicalForm);
            if (article.isEmpty() || start.isEmpty() || end.isEmpty() || text.isEmpty()) {
                continue;
            }
            Optional<String> content = contents.computeIfAbsent(article.get(),
                    a -> single(graph, a, DG.CONTENT.asNode()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm));
            if (content.isEmpty()) {
                continue;
            }
            String c = content.get();
            int s = start.get();
            int e = end.get();
            if (s < 0 || e > c.length() || s > e) {
                violations.add(evidence(m, DG.END.asNode(), "dg:start/dg:end lie outside the article's dg:content ("
                        + c.length() + " characters).", literal(s + "-" + e)));
            } else if (!c.substring(s, e).equals(text.get())) {
                violations.add(evidence(m, DG.TEXT.asNode(), "dg:text is not the article's dg:content between dg:start "
                        + "and dg:end, which reads " + display(literal(c.substring(s, e))) + ".", literal(text.get())));
            }
            Optional<String> sentence = single(graph, m, DG.SENTENCE.asNode()).filter(Node::isLiteral)
                    .map(Node::getLiteralLexicalForm);
            Optional<Integer> sentenceStart = integer(single(graph, m, DG.SENTENCE_START.asNode()));
            if (sentence.isPresent() && sentenceStart.isPresent()
                    && (sentenceStart.get() < 0 || !c.startsWith(sentence.get(), sentenceStart.get()))) {
                violations.add(evidence(m, DG.SENTENCE.asNode(),
                        "dg:sentence does not stand in the article's dg:content at dg:sentenceStart.",
                        literal(sentence.get())));
            }
        }
        return violations;
    }

    private static ValidationReport.Violation evidence(Node mention, Node path, String message, Node value) {
        return new ValidationReport.Violation(display(mention), display(path), message, Optional.of(display(value)),
                List.of(EVIDENCE_TEXT_CHECK));
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** The only object of (s, p), when there is exactly one. */
    private static Optional<Node> single(Graph graph, Node s, Node p) {
        List<Node> objects = graph.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList();
        return objects.size() == 1 ? Optional.of(objects.get(0)) : Optional.empty();
    }

    private static Optional<Integer> integer(Optional<Node> node) {
        return node.filter(n -> n.isLiteral() && XSDDatatype.XSDinteger.equals(n.getLiteralDatatype()))
                .flatMap(n -> {
                    try {
                        return Optional.of(Integer.parseInt(n.getLiteralLexicalForm().strip()));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                });
    }

    private static String message(ReportEntry entry) {
        String message = entry.message();
        if (message == null || message.isBlank()) {
            return "violates " + localName(entry.sourceConstraintComponent());
        }
        return message.strip();
    }

    private static int countInstances(Graph graph, Node type) {
        Set<Node> subjects = new HashSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> subjects.add(t.getSubject()));
        return subjects.size();
    }

    private static String displayPath(Path path) {
        if (path == null) {
            return "";
        }
        if (path instanceof P_Link link) {
            return display(link.getNode());
        }
        return path.toString(new Prologue(Namespaces.prefixMapping()));
    }

    private static String display(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return Namespaces.shorten(node.getURI());
        }
        if (node.isLiteral() && node.getLiteralLexicalForm().length() > MAX_LITERAL) {
            String lexical = node.getLiteralLexicalForm();
            String shortened = lexical.substring(0, MAX_LITERAL) + "…";
            Node cut = node.getLiteralLanguage().isEmpty()
                    ? NodeFactory.createLiteralDT(shortened, node.getLiteralDatatype())
                    : NodeFactory.createLiteralLang(shortened, node.getLiteralLanguage());
            return FmtUtils.stringForNode(cut, Namespaces.prefixMapping());
        }
        return FmtUtils.stringForNode(node, Namespaces.prefixMapping());
    }

    private static String localName(Node node) {
        if (node == null || !node.isURI()) {
            return "";
        }
        String iri = node.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static Shapes loadBundledShapes() {
        ClassLoader loader = ShapeValidator.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new DiplographException("SHACL shapes not found on the classpath at " + SHAPES_RESOURCE
                        + " (ontology/shapes.ttl is copied there by the Maven build; rebuild the jar)");
            }
            Graph graph = RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/diplograph/shapes").toGraph();
            return Shapes.parse(graph);
        } catch (IOException | RiotException | ShaclException e) {
            throw new DiplographException("cannot read SHACL shapes " + SHAPES_RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
