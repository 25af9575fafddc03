package org.diplograph.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a graph against the Diplograph SHACL shapes ({@code ontology/shapes.ttl}).
 *
 * @param conforms   true when there are no violations
 * @param events     how many distinct {@code dg:Event} resources the graph holds
 * @param mentions   how many distinct {@code dg:Mention} resources the graph holds
 * @param violations every violation, sorted by focus node, path and message
 */
public record ValidationReport(boolean conforms, int events, int mentions, List<Violation> violations) {

    public ValidationReport {
        violations = List.copyOf(violations);
        if (conforms != violations.isEmpty()) {
            throw new IllegalArgumentException("conforms=" + conforms + " but " + violations.size() + " violations");
        }
    }

    /**
     * One SHACL validation result.
     *
     * @param focusNode  the resource that fails, in short form ({@code dgid:call/3f2a…}, {@code <iri>}, or a literal)
     * @param path       the property path checked, in short form ({@code dg:participant}); empty for node-level results
     * @param message    the shape's English message
     * @param value      the offending value in short form, when the result names one
     * @param constraints the SHACL constraint components that failed with this same message and value, without
     *                    namespace ({@code MinCountConstraintComponent}), sorted
     */
    public record Violation(String focusNode, String path, String message, Optional<String> value,
            List<String> constraints) {
        public Violation {
            Objects.requireNonNull(focusNode, "focusNode");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(value, "value");
            constraints = List.copyOf(constraints);
        }
    }
}
