package org.diplograph.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.diplograph.QueryException;

/**
 * The rows of a query, ready to print: every value is a user-facing string (a literal's lexical form,
 * an IRI as a prefixed name such as {@code dgid:person/vladimir-putin} where a known prefix fits),
 * and {@code null} where the variable is unbound.
 *
 * @param columns the result variables, in query order
 * @param rows    one list per row, each as long as {@code columns}; values may be null
 */
public record ResultTable(List<String> columns, List<List<String>> rows) {

    public ResultTable {
        columns = List.copyOf(columns);
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " values for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** Number of rows. */
    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The values of one column, top to bottom. */
    public List<String> column(String name) {
        int i = columns.indexOf(Objects.requireNonNull(name));
        if (i < 0) {
            throw new QueryException("no column '" + name + "' (columns: " + String.join(", ", columns) + ")");
        }
        return rows.stream().map(r -> r.get(i)).toList();
    }

    /** The value in row {@code row} of column {@code name}, or null when unbound. */
    public String get(int row, String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new QueryException("no column '" + name + "' (columns: " + String.join(", ", columns) + ")");
        }
        return rows.get(row).get(i);
    }
}
