package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.model.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A name's type from evidence in the text rather than NER's label alone, decided once per name
 * for the whole article, with the rule that decided it recorded in the article's context. The
 * rules, strongest first: the gazetteer knows it as a country or capital, or as an armed group that
 * NER took for a person; it ends in a company's
 * legal form ("Halvard Shipping ASA"); an apposition says what it is ("Velby, a fishing town"); it
 * ends in a place's feature word ("Custer National Forest") or an institution's head word
 * ("Parkland Memorial Hospital", but not a country NER knows: "Soviet Union"); a descriptor right
 * before it says what it is ("the copper company Codelco", "the town of Velby"); NER called it a place but it signs, buys or hires (a place does not); the other names of its list are mostly of another kind ({@link ListTypes}).
 * The words are data (names.tsv).
 */
final class TypeEvidence {
    /** A type and the rule that gave it; a lower rank is stronger evidence. */
    record Decision(EntityType type, String rule, int rank) {
    }

    private static final WordClasses WORDS = MentionBoundaries.WORDS;

    private TypeEvidence() {
    }

    /** Retypes every mention of each name the text gives evidence for, and records the deciding rule. */
    static void apply(ArticleContext ctx) {
        Map<String, Decision> byName = new HashMap<>();
        Map<String, Boolean> conflicting = new HashMap<>();
        for (Mention m : ctx.mentions()) {
            if (m.synthetic() || m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION && m.type() != EntityType.LOCATION) {
                continue;
            }
            Optional<Decision> d = decide(ctx, m);
            if (d.isEmpty()) {
                continue;
            }
            Decision prev = byName.get(m.name());
            if (prev == null || d.get().rank() < prev.rank()) {
                byName.put(m.name(), d.get());
                conflicting.remove(m.name());
            } else if (d.get().rank() == prev.rank() && d.get().type() != prev.type()) {
                conflicting.put(m.name(), true);
            }
        }
        for (Mention m : ctx.mentions()) {
            Decision d = byName.get(m.name());
            if (d != null && !m.synthetic() && !conflicting.containsKey(m.name())) {
                ctx.retype(m, d.type());
                ctx.recordTypeRule(m.name(), d.rule());
            }
        }
    }

    static Optional<Decision> decide(ArticleContext ctx, Mention m) {
        List<CoreLabel> toks = ctx.tokens(m.sentence());
        String last = toks.get(m.end() - 1).word();
        boolean multiword = m.end() - m.begin() > 1;
        Gazetteer gz = Gazetteer.get();
        if (gz.organisation(m.name()).isPresent()) {
            return Optional.of(new Decision(EntityType.ORGANIZATION, "gazetteer", 0));
        }
        if (gz.country(m.name()).isPresent() || gz.isCapital(m.name()) || WORDS.is("former-countries", m.name())) {
            return Optional.of(new Decision(EntityType.LOCATION, "gazetteer", 0));
        }
        if (m.type() == EntityType.PERSON && ArmedGroups.get().group(m.name()).isPresent()) {
            // "Boko Haram", "Ansar Dine": NER reads them as people; a place NER found keeps its type ("Republic of Texas")
            return Optional.of(new Decision(EntityType.ORGANIZATION, "armed-group", 0));
        }
        if (multiword && WORDS.is("legal-forms", last)) {
            return Optional.of(new Decision(EntityType.ORGANIZATION, "legal-form", 1));
        }
        Optional<EntityType> appos = apposition(toks, m.end());
        if (appos.isPresent()) {
            return Optional.of(new Decision(appos.get(), "apposition", 2));
        }
        if (multiword && WORDS.is("place-heads", last) && MentionBoundaries.isCapitalised(toks.get(m.end() - 1))) {
            return Optional.of(new Decision(EntityType.LOCATION, "place-head", 3));
        }
        if (multiword && WORDS.is("organisation-heads", last) && MentionBoundaries.isCapitalised(toks.get(m.end() - 1))
                && !"COUNTRY".equals(toks.get(m.begin()).ner())) {
            return Optional.of(new Decision(EntityType.ORGANIZATION, "organisation-head", 3)); // not "Soviet Union"
        }
        Optional<EntityType> desc = descriptor(toks, m.begin());
        if (desc.isPresent()) {
            return Optional.of(new Decision(desc.get(), "descriptor", 4));
        }
        if (m.type() == EntityType.LOCATION && actsAsOrganisation(ctx.graph(m.sentence()), m)) {
            return Optional.of(new Decision(EntityType.ORGANIZATION, "verb", 5));
        }
        return ListTypes.of(ctx, m).map(t -> new Decision(t, "list", 6));
    }

    /** ", a Norwegian shipping company": the head noun of an apposition right after the name. */
    static Optional<EntityType> apposition(List<CoreLabel> toks, int end) {
        if (end + 2 >= toks.size() || !",".equals(toks.get(end).word()) || !"DT".equals(toks.get(end + 1).tag())) {
            return Optional.empty();
        }
        int i = end + 2;
        int limit = Math.min(toks.size(), i + 6);
        while (i < limit) {
            CoreLabel t = toks.get(i);
            boolean noun = t.tag() != null && t.tag().startsWith("NN");
            boolean nextIsNoun = i + 1 < toks.size() && toks.get(i + 1).tag() != null && toks.get(i + 1).tag().startsWith("NN");
            if (noun && i + 1 < toks.size() && "POS".equals(toks.get(i + 1).tag())) {
                i += 2; // ", the world's largest copper mine": the possessor is not the head
                continue;
            }
            if (noun && !nextIsNoun) {
                return closesApposition(toks, i + 1) ? typeOfNoun(t).or(() -> personNoun(t)) : Optional.empty();
            }
            if (!noun && !isModifierTag(t.tag())) {
                return Optional.empty();
            }
            i++;
        }
        return Optional.empty();
    }

    /**
     * An apposition ends at a comma or the sentence's end, or goes on with a place ("a village on the
     * coast") or with "and" ("a council member and activist"); ", the university said" is a clause, and ", a company of the ..." reads as well as a
     * list item as a description.
     */
    private static boolean closesApposition(List<CoreLabel> toks, int after) {
        return after >= toks.size() || toks.get(after).word().matches("[,.;:)\\]]|--|-RRB-|and")
                || "IN".equals(toks.get(after).tag()) && !"of".equals(toks.get(after).word());
    }

    /** "the copper company Codelco", "the town of Velby": a lower-case noun right before the name (or before "of" and it). */
    static Optional<EntityType> descriptor(List<CoreLabel> toks, int begin) {
        int k = begin - 1;
        if (k >= 1 && "of".equals(toks.get(k).word())) {
            Optional<EntityType> t = k >= 1 ? typeOfNoun(toks.get(k - 1)) : Optional.empty();
            return t.filter(x -> x == EntityType.LOCATION); // "the town of Velby"; "the company of X" is rare and loose
        }
        return k >= 0 ? typeOfNoun(toks.get(k)) : Optional.empty();
    }

    private static Optional<EntityType> typeOfNoun(CoreLabel t) {
        String w = t.word();
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || t.tag() == null || !t.tag().startsWith("NN")) {
            return Optional.empty();
        }
        String lemma = t.lemma() == null ? w.toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
        if (WORDS.is("place-nouns", lemma)) {
            return Optional.of(EntityType.LOCATION);
        }
        if (WORDS.is("organisation-nouns", lemma)) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        return Optional.empty();
    }

    /** ", a City Council member and ...": what an apposition calls a person (a lower-case noun NER tags as a title, or a person noun). */
    private static Optional<EntityType> personNoun(CoreLabel t) {
        boolean lower = !t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0));
        return lower && ("TITLE".equals(t.ner()) || WORDS.is("person-nouns", t.word())) ? Optional.of(EntityType.PERSON) : Optional.empty();
    }

    private static boolean isModifierTag(String tag) {
        return tag != null && (tag.startsWith("JJ") || tag.equals("CD") || tag.equals("HYPH") || tag.startsWith("RB") || tag.equals("VBN")
                || tag.equals("VBG") || tag.equals("POS"));
    }

    /** The name is the subject of a verb only organisations do ("Piedmont signed ..."). */
    private static boolean actsAsOrganisation(SemanticGraph g, Mention m) {
        if (g == null) {
            return false;
        }
        for (int i = m.begin(); i < m.end(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            if (w == null) {
                continue;
            }
            for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
                String rel = e.getRelation().getShortName();
                if ((rel.equals("nsubj") || rel.equals("nsubj:xsubj")) && e.getGovernor().lemma() != null
                        && WORDS.is("organisation-verbs", e.getGovernor().lemma())) {
                    return true;
                }
            }
        }
        return false;
    }
}
