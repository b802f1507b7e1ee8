package io.newsgraph.sink.neo4j;

import org.neo4j.values.storable.DateTimeValue;

import java.time.ZoneOffset;
import java.util.List;

/**
 * One column of an {@link InputTable}, read from the importer's CSV header syntax, with the
 * conversion of a row's value into what the importer's CSV parser would have made of the same
 * value written by {@link ImportCsv}: a String, a Long or Double, a String[], long[] or double[],
 * or a {@link DateTimeValue}; null where the parser leaves the property unset (a missing value, an
 * empty list, and a list whose only entry is "", which the CSV holds as an empty field).
 */
record InputColumn(Role role, String name, Type type) {
    /** What the column holds for the importer. */
    enum Role { ID, LABELS, START_ID, END_ID, TYPE, PROPERTY }

    /** A property's type, as named after the colon in the header ({@code string} when none). */
    enum Type { STRING, LONG, DOUBLE, STRING_ARRAY, LONG_ARRAY, DOUBLE_ARRAY, DATETIME }

    static InputColumn parse(String header) {
        return switch (header) {
            case ":ID" -> new InputColumn(Role.ID, header, Type.LONG);
            case ":LABEL" -> new InputColumn(Role.LABELS, header, Type.STRING_ARRAY);
            case ":START_ID" -> new InputColumn(Role.START_ID, header, Type.LONG);
            case ":END_ID" -> new InputColumn(Role.END_ID, header, Type.LONG);
            case ":TYPE" -> new InputColumn(Role.TYPE, header, Type.STRING);
            default -> property(header);
        };
    }

    private static InputColumn property(String header) {
        int colon = header.indexOf(':');
        String name = colon < 0 ? header : header.substring(0, colon);
        String type = colon < 0 ? "string" : header.substring(colon + 1);
        Type t = switch (type) {
            case "string" -> Type.STRING;
            case "long" -> Type.LONG;
            case "double" -> Type.DOUBLE;
            case "string[]" -> Type.STRING_ARRAY;
            case "long[]" -> Type.LONG_ARRAY;
            case "double[]" -> Type.DOUBLE_ARRAY;
            case "datetime" -> Type.DATETIME;
            default -> throw new IllegalArgumentException("column " + header + ": no in-process conversion for type " + type);
        };
        return new InputColumn(Role.PROPERTY, name, t);
    }

    /** The value as the importer gets it; null when the CSV import leaves it unset. */
    Object convert(Object v) {
        if (v == null) {
            return null;
        }
        return switch (type) {
            // The CSV holds a number in a string column as its text, and the parser reads it back as a string.
            case STRING -> v.toString();
            case LONG -> ((Number) v).longValue();
            case DOUBLE -> ((Number) v).doubleValue();
            case STRING_ARRAY -> strings((List<?>) v);
            case LONG_ARRAY -> longs((List<?>) v);
            case DOUBLE_ARRAY -> doubles((List<?>) v);
            case DATETIME -> DateTimeValue.parse(v.toString(), () -> ZoneOffset.UTC);
        };
    }

    private static String[] strings(List<?> list) {
        if (list.isEmpty() || list.size() == 1 && String.valueOf(list.get(0)).isEmpty()) {
            return null;
        }
        String[] a = new String[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = String.valueOf(list.get(i));
        }
        return a;
    }

    private static long[] longs(List<?> list) {
        if (list.isEmpty()) {
            return null;
        }
        long[] a = new long[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = ((Number) list.get(i)).longValue();
        }
        return a;
    }

    private static double[] doubles(List<?> list) {
        if (list.isEmpty()) {
            return null;
        }
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = ((Number) list.get(i)).doubleValue();
        }
        return a;
    }
}
