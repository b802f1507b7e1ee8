package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who takes part in an event when the sentence does not say it as subject and object: several
 * parties of a reciprocal event ("talks between X and Y", "X and Y clashed"), capitals that stand
 * for their state ("Moscow said", "Washington imposed sanctions"), and the event noun a light verb
 * carries ("conducted air raids on X").
 */
final class EventParties {
    private static final WordClasses WORDS = WordClasses.get();
    private static final Gazetteer GAZETTEER = Gazetteer.get();

    private EventParties() {
    }

    /** A source and a target of one event. */
    record Pair(Mention agent, Mention target) {
    }

    /**
     * The events among several parties: one per pair for a symmetric predicate (a meeting is the
     * same from both sides), both directions otherwise ("India and China clashed": each attacked).
     */
    static List<Pair> pairs(List<Mention> parties, Predicate p) {
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                out.add(new Pair(parties.get(i), parties.get(j)));
                if (!p.symmetric()) {
                    out.add(new Pair(parties.get(j), parties.get(i)));
                }
            }
        }
        return out;
    }

    /**
     * True when coordinated subjects without an object did the event to each other: symmetric
     * predicates ("X and Y met"), and verbs of fighting between groups or states ("X and Y
     * clashed"); two people who "fought" may have argued, so people are left out of the latter.
     */
    static boolean reciprocal(Predicate p, String lemma, List<Mention> agents) {
        if (agents.size() < 2) {
            return false;
        }
        return p.symmetric() || WORDS.is("reciprocal-verbs", lemma) && agents.stream().noneMatch(a -> a.type() == EntityType.PERSON);
    }

    /**
     * A capital as the agent of an event is its state ("Moscow imposed sanctions"), as CAMEO codes
     * it; as a target it stays the city where the event is physical violence ("shelled Kyiv"), and
     * is the state otherwise ("urged Moscow to").
     */
    static Mention asParty(ArticleContext ctx, Mention m, Predicate p, boolean agent) {
        if (m.type() != EntityType.LOCATION || m.synthetic() || !p.eventLike()
                || (!agent && (p == Predicate.ATTACKED || p == Predicate.KILLED))) {
            return m;
        }
        return GAZETTEER.countryOfCapital(m.text())
                .map(c -> ctx.addMention(new Mention(m.sentence(), m.begin(), m.end(), m.text(), c, EntityType.LOCATION, true)))
                .orElse(m);
    }

    /**
     * "conducted air raids on X", "carried out strikes on X": a light verb (lexicon.tsv) whose object
     * is an event noun with a frame of its own says no more than the noun does; the verb's own
     * dictionary sense is dropped where it says something else ("conduct" is cooperation in CAMEO).
     */
    static List<VerbLexicon.Entry> withoutLightVerbSenses(VerbLexicon lexicon, SemanticGraph g, IndexedWord w,
                                                          List<VerbLexicon.Entry> senses) {
        if (!WORDS.is("light-verbs", Graphs.lemma(w))) {
            return senses; // "rejected the talks", "demanded talks": the verb is the event
        }
        Set<Predicate> nounEvents = new HashSet<>();
        for (IndexedWord o : Graphs.children(g, w, "obj")) {
            lexicon.lookup(Graphs.lemma(o), true).forEach(n -> nounEvents.add(n.predicate()));
        }
        return nounEvents.isEmpty() ? senses : senses.stream().filter(e -> nounEvents.contains(e.predicate())).toList();
    }
}
