package io.newsgraph.sink.map;

import java.util.List;

/** --focus named no entity; the message lists close names so the user can try again. */
public class UnknownEntityException extends IllegalArgumentException {
    public UnknownEntityException(String name, List<String> suggestions) {
        super("no entity named '" + name + "' in the graph"
                + (suggestions.isEmpty() ? "" : "; did you mean: " + String.join(", ", suggestions) + "?"));
    }
}
