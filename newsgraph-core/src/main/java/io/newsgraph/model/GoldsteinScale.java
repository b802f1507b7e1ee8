package io.newsgraph.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The Goldstein conflict-cooperation weight of a CAMEO event code, from -10 (a military attack) to
 * +10 (military aid), as GDELT publishes it for every coded event (goldstein-scale.tsv). The weight
 * is a function of the code alone, so it is never stored in the model: each sink derives it from
 * {@link Event#cameo()}. Analysts sum or average it over time to follow a relationship's temperature.
 */
public final class GoldsteinScale {
    private static final String RESOURCE = "goldstein-scale.tsv";
    private static final GoldsteinScale INSTANCE = load();

    /** How an event reads on the scale: below zero conflict, above it cooperation, zero neutral. */
    public enum Tone {
        COOPERATION, NEUTRAL, CONFLICT;

        public static Tone of(double weight) {
            return weight > 0 ? COOPERATION : weight < 0 ? CONFLICT : NEUTRAL;
        }

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<String, Double> weights;

    private GoldsteinScale(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    public static GoldsteinScale get() {
        return INSTANCE;
    }

    /** The weight of the code, or of its nearest listed parent ("1385" -> "138" -> "13"); empty for none or null. */
    public OptionalDouble weight(String cameo) {
        if (cameo == null) {
            return OptionalDouble.empty();
        }
        for (int n = cameo.length(); n >= 2; n--) {
            Double w = weights.get(cameo.substring(0, n));
            if (w != null) {
                return OptionalDouble.of(w);
            }
        }
        return OptionalDouble.empty();
    }

    /** The event's weight, empty when its code is unknown. */
    public OptionalDouble weight(Event event) {
        return weight(event.cameo());
    }

    int size() {
        return weights.size();
    }

    private static GoldsteinScale load() {
        try (InputStream in = GoldsteinScale.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/newsgraph/model/" + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static GoldsteinScale parse(BufferedReader reader) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        int lineNo = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || !cols[0].matches("\\d{2,4}")) {
                throw new IllegalArgumentException(RESOURCE + " line " + lineNo + ": expected a 2-4 digit CAMEO code, a tab and a weight, got '" + line + "'");
            }
            double w;
            try {
                w = Double.parseDouble(cols[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + lineNo + ": weight '" + cols[1] + "' is not a number");
            }
            if (w < -10 || w > 10) {
                throw new IllegalArgumentException(RESOURCE + " line " + lineNo + ": weight " + w + " is outside -10..10");
            }
            if (weights.put(cols[0], w) != null) {
                throw new IllegalArgumentException(RESOURCE + " line " + lineNo + ": code " + cols[0] + " is listed twice");
            }
        }
        return new GoldsteinScale(weights);
    }
}
