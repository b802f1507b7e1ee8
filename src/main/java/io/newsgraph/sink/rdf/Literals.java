package io.newsgraph.sink.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.math.BigDecimal;

/** Typed literals as the export writes them; dates get the most precise XSD type that fits. */
final class Literals {
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final Node FALSE = NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);

    private Literals() {
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** Confidence as xsd:decimal ("0.85", never "8.5E-1"), so Turtle can write it bare. */
    static Node decimal(double d) {
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
