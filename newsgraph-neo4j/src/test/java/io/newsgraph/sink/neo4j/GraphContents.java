package io.newsgraph.sink.neo4j;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every node and relationship of a database as sorted lines of text, labels, type and properties
 * with their value types, so that two ways of loading one graph (Bolt, the bulk importer, the Spark
 * job) can be compared line by line. {@code loadedAt}, a load's own time stamp, counts only by type.
 */
public final class GraphContents {
    /** How a property holding an empty list is compared. */
    public enum EmptyLists {
        /** As a value of its own. */
        KEPT,
        /** As if unset: the bulk importer cannot write one (an empty field is no value). */
        AS_UNSET
    }

    private GraphContents() {
    }

    /** One line per node but the load lease: its sorted labels and its properties. */
    public static List<String> nodes(Neo4jTarget target, EmptyLists emptyLists) {
        List<String> out = new ArrayList<>();
        for (Record r : TestNeo4j.query(target,
                "MATCH (n) WHERE NOT n:NewsgraphLoadLease RETURN labels(n) AS labels, properties(n) AS p", Map.of())) {
            out.add(r.get("labels").asList(Value::asString).stream().sorted().toList() + " " + canonical(r.get("p"), emptyLists));
        }
        return out.stream().sorted().toList();
    }

    /** One line per relationship: its ends' ids, its type and its properties. */
    public static List<String> relationships(Neo4jTarget target, EmptyLists emptyLists) {
        List<String> out = new ArrayList<>();
        for (Record r : TestNeo4j.query(target,
                "MATCH (s)-[r]->(e) RETURN type(r) AS type, s.id AS s, e.id AS e, properties(r) AS p", Map.of())) {
            out.add(r.get("s").asString() + " -" + r.get("type").asString() + "-> " + r.get("e").asString() + " "
                    + canonical(r.get("p"), emptyLists));
        }
        return out.stream().sorted().toList();
    }

    /** Properties in key order with their value types (a list with its first element's type). */
    private static String canonical(Value properties, EmptyLists emptyLists) {
        TreeMap<String, String> m = new TreeMap<>();
        for (String key : properties.keys()) {
            Value v = properties.get(key);
            boolean list = v.type().name().startsWith("LIST");
            if (list && v.size() == 0 && emptyLists == EmptyLists.AS_UNSET) {
                continue;
            }
            String type = v.type().name() + (v.type().name().equals("LIST") && v.size() > 0 ? "<" + v.get(0).type().name() + ">" : "");
            m.put(key, key.equals("loadedAt") ? type : type + ":" + v.asObject());
        }
        return m.toString();
    }
}
