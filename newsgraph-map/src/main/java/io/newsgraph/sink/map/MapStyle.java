package io.newsgraph.sink.map;

import io.newsgraph.model.EntityType;
import io.newsgraph.model.Fact;
import io.newsgraph.model.GoldsteinScale;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;

import java.util.EnumMap;
import java.util.Map;

/**
 * One visual vocabulary for every format, so a reader of the page, of Gephi and of a Graphviz
 * drawing sees the same thing: colour by entity type (Okabe-Ito based, readable by most colour
 * blind readers); line by how the fact is stated: reported dashed, hypothetical dotted and
 * faded, negated red with a bar instead of an arrow head.
 */
final class MapStyle {
    static final String EDGE_COLOR = "#66788a";
    static final String NEGATED_COLOR = "#c0392b";
    /** Orange: the facts of a claim that some sources assert and others deny. */
    static final String DISPUTED_COLOR = "#d35400";
    /**
     * Lines of events by their Goldstein tone, when the reader asks for it: the two ends of the
     * purple-green diverging scheme (ColorBrewer PRGn, safe for colour-blind readers), so that
     * conflict is never confused with the red of a negated fact.
     */
    static final Map<GoldsteinScale.Tone, String> TONE_COLORS = new EnumMap<>(Map.of(
            GoldsteinScale.Tone.COOPERATION, "#1b7837",
            GoldsteinScale.Tone.NEUTRAL, "#9aa5b1",
            GoldsteinScale.Tone.CONFLICT, "#762a83"));
    private static final Map<EntityType, String> TYPE_COLORS = new EnumMap<>(Map.of(
            EntityType.PERSON, "#0072b2",
            EntityType.ORGANIZATION, "#e69f00",
            EntityType.LOCATION, "#009e73",
            EntityType.PRODUCT, "#cc79a7",
            EntityType.EVENT, "#d55e00",
            EntityType.OTHER, "#8a8f98"));

    enum Line { SOLID, DASHED, DOTTED }

    private MapStyle() {
    }

    static String color(EntityType type) {
        return TYPE_COLORS.get(type);
    }

    static Map<EntityType, String> colors() {
        return TYPE_COLORS;
    }

    static Line line(Fact f) {
        return switch (f.modality()) {
            case ASSERTED -> Line.SOLID;
            case REPORTED -> Line.DASHED;
            case HYPOTHETICAL -> Line.DOTTED;
        };
    }

    static boolean negated(Fact f) {
        return f.polarity() == Polarity.NEGATIVE;
    }

    static boolean faded(Fact f) {
        return negated(f) || f.modality() == Modality.HYPOTHETICAL;
    }

    static String edgeColor(Fact f) {
        return negated(f) ? NEGATED_COLOR : EDGE_COLOR;
    }

    /** The edge caption: the predicate, with "not" in front when the sentence denies it. */
    static String edgeLabel(Fact f) {
        return (negated(f) ? "not " : "") + f.predicate().name();
    }

    /** A node's diameter in pixels, for yEd: grows with the square root of its number of facts. */
    static double nodeSize(int degree) {
        return Math.min(80, 22 + 9 * Math.sqrt(degree));
    }
}
