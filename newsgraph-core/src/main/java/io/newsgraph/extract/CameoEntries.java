package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.model.Predicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Verb frames from the CAMEO verb dictionary for verbs verb-frames.tsv does not list: the sense
 * whose multi-word phrase the parse shows ("cut off", "call on"), else the plain verb; the code of
 * the most specific pattern its arguments match ("appeal (for aid)" -> 023), else the verb's or its
 * block's code; the predicate that code maps to (cameo-predicates.tsv). The target is the object,
 * else the first of a few prepositional arguments that name who an act is aimed at.
 */
final class CameoEntries {
    /** Prepositions whose argument is the target when the verb has no object: "protested against X", "appealed to X". */
    private static final List<String> TARGET_PREPOSITIONS = List.of("against", "with", "on", "upon", "to", "from", "toward", "towards");

    /** Where a show of force points: the country across a border or off a coast ("along its border with X", "off the coast of X"). */
    private static final List<VerbLexicon.Slot> FORCE_POSTURE_TARGETS = Stream.of("obl:on>nmod:with", "obl:along>nmod:with",
            "obl:near>nmod:with", "obl:to>nmod:with", "obl:at>nmod:with", "obl:near>nmod:of", "obl:off>nmod:of", "obl:along>nmod:of")
            .map(r -> new VerbLexicon.Slot(r, true)).toList();

    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER");

    private final CameoVerbs verbs = CameoVerbs.get();
    private final CameoCodes codes = CameoCodes.get();
    private final WordClasses words = WordClasses.get();

    /**
     * The frame entry CAMEO gives this verb in this parse, if its code maps to a predicate; with
     * {@code onlySpecific}, only when a phrase or a pattern with a preposition matched.
     */
    List<VerbLexicon.Entry> lookup(SemanticGraph g, IndexedWord w, boolean onlySpecific) {
        return lookup(g, w, onlySpecific, Set.of());
    }

    /** As above; a pattern whose preposition is one of {@code handled} (relations a hand-made frame reads) is not specific. */
    List<VerbLexicon.Entry> lookup(SemanticGraph g, IndexedWord w, boolean onlySpecific, Set<String> handled) {
        if (sports(g)) {
            return List.of(); // "Brazil beat Argentina in the final": games are no fights (PETRARCH2 discards them too)
        }
        CameoVerbs.Sense best = null;
        if (words.is("cameo-skipped-verbs", Graphs.lemma(w))) {
            return List.of();
        }
        for (CameoVerbs.Sense s : verbs.senses(Graphs.lemma(w))) {
            boolean phrasal = !s.after().isEmpty() || !s.before().isEmpty();
            if (phrasal && phraseShown(g, w, s)) {
                best = s;
                break;
            }
            if (!phrasal && best == null) {
                best = s;
            }
        }
        if (best == null || (onlySpecific && best.after().isEmpty() && best.before().isEmpty() && !prepositional(g, w, best, handled))) {
            return List.of();
        }
        String code = code(g, w, best);
        Optional<Predicate> p = codes.predicate(code);
        if (p.isEmpty()) {
            return List.of();
        }
        List<VerbLexicon.Slot> objects = new ArrayList<>();
        if (p.get() == Predicate.PROVIDED || p.get() == Predicate.SUPPORTED) {
            objects.add(new VerbLexicon.Slot("iobj", false)); // the recipient of a gift: "gave Argentina a loan"
        }
        objects.add(new VerbLexicon.Slot("obj", false));
        for (String prep : best.after()) {
            objects.add(new VerbLexicon.Slot("obl:" + prep, true));
        }
        for (String prep : TARGET_PREPOSITIONS) {
            objects.add(new VerbLexicon.Slot("obl:" + prep, true));
        }
        objects.add(new VerbLexicon.Slot("advcl:to>nsubj", true)); // the subject of that clause: "called on X to reopen"
        for (String rel : List.of("obj>nmod:poss", "obj>nmod:from", "obj>nmod:with", "obj>nmod:against", "obj>nmod:on")) {
            objects.add(new VerbLexicon.Slot(rel, true)); // "rejected X's offer", "demanded an apology from X"
        }
        if (code.startsWith("15")) {
            objects.addAll(FORCE_POSTURE_TARGETS); // "mobilised troops on its border with X": the neighbour is the target
        }
        Set<String> flags = new java.util.HashSet<>(Set.of("needs-object", "ccomp-subject", "actor-objects", "cameo:" + code));
        if (p.get() == Predicate.REQUESTED) {
            flags.add("addressee-object");
        }
        return List.of(new VerbLexicon.Entry(best.lemma(), false, p.get(), List.copyOf(objects), List.of(), Set.copyOf(flags)));
    }

    private boolean sports(SemanticGraph g) {
        return g.vertexSet().stream().anyMatch(v -> words.is("sports-nouns", Graphs.lemma(v)));
    }

    /** True when the most specific pattern the parse matches checks a preposition ("call (on)", "appeal (for aid)"). */
    private boolean prepositional(SemanticGraph g, IndexedWord w, CameoVerbs.Sense s, Set<String> handled) {
        CameoPattern p = bestPattern(g, w, s);
        return p != null && !p.preps().isEmpty() && p.preps().stream().noneMatch(x -> handled.contains("obl:" + x.preposition()));
    }

    /** The words of a multi-word verb around it: a particle or preposition after ("call off"), a word before. */
    private static boolean phraseShown(SemanticGraph g, IndexedWord w, CameoVerbs.Sense s) {
        for (String a : s.after()) {
            if (!hasArgumentWord(g, w, a)) {
                return false;
            }
        }
        for (String b : s.before()) {
            boolean found = g.outgoingEdgeList(w).stream()
                    .anyMatch(e -> e.getDependent().index() < w.index() && Graphs.lemma(e.getDependent()).equals(b));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasArgumentWord(SemanticGraph g, IndexedWord w, String word) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String r = Graphs.rel(e);
            if (r.equals("obl:" + word) || r.equals("nmod:" + word) || r.equals("obl:" + word + "_of")) {
                return true;
            }
            if ((r.equals("compound:prt") || r.equals("xcomp") || r.equals("obj")) && Graphs.lemma(e.getDependent()).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The code of the most specific pattern of the sense's block that the verb's arguments match, else the default. */
    private String code(SemanticGraph g, IndexedWord w, CameoVerbs.Sense s) {
        CameoPattern best = bestPattern(g, w, s);
        return best != null ? best.code() : s.defaultCode();
    }

    private CameoPattern bestPattern(SemanticGraph g, IndexedWord w, CameoVerbs.Sense s) {
        CameoPattern best = null;
        for (CameoPattern p : s.block().patterns()) {
            if ((best == null || p.size() > best.size()) && matches(g, w, p)) {
                best = p;
            }
        }
        return best;
    }

    private boolean matches(SemanticGraph g, IndexedWord w, CameoPattern p) {
        for (String subject : p.subjects()) {
            if (!anyChild(g, w, subject, "nsubj", "nsubj:pass")) {
                return false;
            }
        }
        if (!p.supported()) {
            return false;
        }
        if (p.object() != null && !objectMatches(g, w, p)) {
            return false;
        }
        for (CameoPattern.Prep prep : p.preps()) {
            List<IndexedWord> heads = new ArrayList<>(Graphs.children(g, w, "obl:" + prep.preposition()));
            heads.removeIf(h -> TIME_TYPES.contains(h.ner())); // "telephoned X on Sunday" is no "call on"
            boolean particle = Graphs.children(g, w, "compound:prt").stream()
                    .anyMatch(x -> Graphs.lemma(x).equals(prep.preposition()));
            // "called on X to reopen" is sometimes parsed as a clause "on X to reopen" marked by the preposition
            boolean clause = Graphs.children(g, w, "advcl*").stream().anyMatch(c -> Graphs.children(g, c, "mark").stream()
                    .anyMatch(m -> Graphs.lemma(m).equals(prep.preposition())));
            boolean ok = prep.noun() == null ? !heads.isEmpty() || particle || clause
                    : heads.stream().anyMatch(h -> wordMatches(prep.noun(), h));
            if (!ok) {
                return false;
            }
        }
        return p.size() > 0;
    }

    /** The object's head is the pattern's, and each of its modifiers ("{air strike}") modifies it. */
    private boolean objectMatches(SemanticGraph g, IndexedWord w, CameoPattern p) {
        for (String rel : List.of("obj", "nsubj:pass")) {
            for (IndexedWord o : Graphs.children(g, w, rel)) {
                if (wordMatches(p.object(), o) && p.objectModifiers().stream().allMatch(m -> g.outgoingEdgeList(o).stream()
                        .anyMatch(e -> wordMatches(m, e.getDependent())))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean anyChild(SemanticGraph g, IndexedWord w, String term, String... relations) {
        for (String rel : relations) {
            for (IndexedWord c : Graphs.children(g, w, rel)) {
                if (wordMatches(term, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean wordMatches(String term, IndexedWord word) {
        return verbs.matches(term, Graphs.lemma(word)) || verbs.matches(term, word.word().toLowerCase(java.util.Locale.ROOT));
    }
}
