package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.model.EntityType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members of one list of names ("Aloha, Delta, Piedmont and United"; "Holly, Richardson and
 * Valens") are things of one kind: a name NER typed against most of its list takes the list's
 * type. Weakest of the type evidence ({@link TypeEvidence}). Lists vote only for a person or an
 * organisation, and never retype a name NER took for a country or state, since "Miami, Fla., and
 * Boston" is places joined by commas of another kind.
 */
final class ListTypes {
    private ListTypes() {
    }

    /** The type most of the other members of the list holding this mention have, if the list is long and clear enough. */
    static Optional<EntityType> of(ArticleContext ctx, Mention m) {
        List<CoreLabel> toks = ctx.tokens(m.sentence());
        String tag = toks.get(m.begin()).ner();
        if ("COUNTRY".equals(tag) || "STATE_OR_PROVINCE".equals(tag)) {
            return Optional.empty();
        }
        List<Mention> list = listAround(ctx, m);
        if (list.size() < 3) {
            return Optional.empty();
        }
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        list.forEach(x -> counts.merge(x.type(), 1, Integer::sum));
        for (EntityType t : new EntityType[]{EntityType.PERSON, EntityType.ORGANIZATION}) {
            int n = counts.getOrDefault(t, 0);
            if (t != m.type() && n >= 2 && n > list.size() - n && mayBecome(m, t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * A list of people turns only a full name ("Buddy Holly") into a person, never a one-word name
     * ("Musk, Bezos and Northwind" keeps the company); a list of organisations turns only a place
     * into one ("Aloha" the airline), never a person ("Delta, United and Ed Bastian").
     */
    private static boolean mayBecome(Mention m, EntityType t) {
        return t == EntityType.PERSON ? m.end() - m.begin() >= 2 : m.type() == EntityType.LOCATION;
    }

    /** The mentions joined to this one by commas and one closing "and" or "or", in order. */
    private static List<Mention> listAround(ArticleContext ctx, Mention m) {
        List<Mention> inSentence = ctx.mentionsIn(m.sentence());
        int at = inSentence.indexOf(m);
        if (at < 0) {
            return List.of();
        }
        List<CoreLabel> toks = ctx.tokens(m.sentence());
        int first = at;
        while (first > 0 && separator(toks, inSentence.get(first - 1), inSentence.get(first)) != Sep.NONE) {
            first--;
        }
        int last = at;
        while (last + 1 < inSentence.size() && separator(toks, inSentence.get(last), inSentence.get(last + 1)) != Sep.NONE) {
            last++;
        }
        boolean closed = false;
        for (int i = first; i < last; i++) {
            closed |= separator(toks, inSentence.get(i), inSentence.get(i + 1)) == Sep.CONJUNCTION;
        }
        return closed ? new ArrayList<>(inSentence.subList(first, last + 1)) : List.of();
    }

    private enum Sep { NONE, COMMA, CONJUNCTION }

    private static Sep separator(List<CoreLabel> toks, Mention a, Mention b) {
        List<String> between = new ArrayList<>();
        for (int i = a.end(); i < b.begin(); i++) {
            between.add(toks.get(i).word());
        }
        String joined = String.join(" ", between);
        return switch (joined) {
            case "," -> Sep.COMMA;
            case "and", "or", ", and", ", or" -> Sep.CONJUNCTION;
            default -> Sep.NONE;
        };
    }
}
