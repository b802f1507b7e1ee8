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
        return NodeFactory.createLiteralString(clean(s));
    }

    /**
     * Replaces what no RDF syntax can carry everywhere (control characters other than tab and
     * line breaks, which XML 1.0 forbids; unpaired surrogates, which UTF-8 cannot encode; U+FFFE
     * and U+FFFF) with U+FFFD, so every format holds the same, valid string.
     */
    static String clean(String s) {
        int i = 0;
        while (i < s.length() && allowed(s, i)) {
            i += Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
        }
        if (i >= s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            if (allowed(s, i)) {
                int step = Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
                sb.append(s, i, i + step);
                i += step;
            } else {
                sb.append('\uFFFD');
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return !Character.isLowSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
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
                : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
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
