package io.newsgraph.sink.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;

/** Nodes written for people: prefixed names where a prefix fits, Turtle syntax otherwise, one line. */
final class Nodes {
    private static final int MAX = 160;

    private Nodes() {
    }

    static String shortForm(Node n, PrefixMap prefixes) {
        if (n == null) {
            return null;
        }
        String s;
        if (n.isURI() && prefixes != null) {
            String abbrev = prefixes.abbreviate(n.getURI());
            s = abbrev != null && !abbrev.contains("/") ? abbrev : "<" + n.getURI() + ">";
        } else {
            s = NodeFmtLib.strNT(n);
        }
        return clip(s);
    }

    /** A SPARQL path as text with the IRIs in it shortened. */
    static String shortForm(String pathText, PrefixMap prefixes) {
        if (prefixes == null) {
            return clip(pathText);
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < pathText.length()) {
            int lt = pathText.indexOf('<', i);
            int gt = lt < 0 ? -1 : pathText.indexOf('>', lt);
            if (lt < 0 || gt < 0) {
                sb.append(pathText, i, pathText.length());
                break;
            }
            sb.append(pathText, i, lt);
            String iri = pathText.substring(lt + 1, gt);
            String abbrev = prefixes.abbreviate(iri);
            sb.append(abbrev != null && !abbrev.contains("/") ? abbrev : "<" + iri + ">");
            i = gt + 1;
        }
        return clip(sb.toString());
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\R", " ");
        return one.length() <= MAX ? one : one.substring(0, MAX - 1) + "…";
    }
}
