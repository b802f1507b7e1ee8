package io.newsgraph.sink.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.math.BigDecimal;

/** Typed literals as the export writes them; dates get the most precise XSD type that fits. */
final class Literals {
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final Node FALSE = NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);
    // Offsets, indexes and confidences repeat endlessly in a big export: make each literal once.
    private static final Node[] SMALL_INTEGERS = new Node[4096];
    private static final Node[] PERCENTS = new Node[101];

    static {
        for (int i = 0; i < SMALL_INTEGERS.length; i++) {
            SMALL_INTEGERS[i] = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
        }
        for (int i = 0; i < PERCENTS.length; i++) {
            PERCENTS[i] = decimalOf(i / 100.0);
        }
    }

    private Literals() {
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node integer(long n) {
        if (n >= 0 && n < SMALL_INTEGERS.length) {
            return SMALL_INTEGERS[(int) n];
        }
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** Confidence as xsd:decimal ("0.85", never "8.5E-1"), so Turtle can write it bare. */
    static Node decimal(double d) {
        long percent = Math.round(d * 100);
        if (percent >= 0 && percent <= 100 && percent / 100.0 == d) {
            return PERCENTS[(int) percent];
        }
        return decimalOf(d);
    }

    private static Node decimalOf(double d) {
        String lex = d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) + ".0"
                : BigDecimal.valueOf(d).toPlainString();
        return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdecimal);
    }

    static Node anyUri(String s) {
        return NodeFactory.createLiteralDT(s, XSDDatatype.XSDanyURI);
    }

    /**
     * "2024" is an xsd:gYear, "2024-10" an xsd:gYearMonth, "2024-10-25" an xsd:date, a full
     * timestamp an xsd:dateTime; anything else (a vague "last spring") stays a plain string, so
     * no ill-typed literal is ever written.
     */
    static Node date(String s) {
        String v = s.trim();
        XSDDatatype type = switch (v.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            case 10 -> XSDDatatype.XSDdate;
            default -> v.length() > 10 && v.charAt(10) == 'T' ? XSDDatatype.XSDdateTime : null;
        };
        if (type != null && type.isValid(v)) {
            return NodeFactory.createLiteralDT(v, type);
        }
        return string(s);
    }
}
