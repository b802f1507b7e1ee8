package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.model.EntityType;

import java.util.HashSet;
import java.util.Set;

/** The readings of "it" and "its" that {@link OwnAntecedents} needs from the parse. */
final class ItPronoun {
    private static final Set<String> CLAUSAL = Set.of("ccomp", "csubj", "csubj:pass", "xcomp");
    private static final Set<String> CLAUSE_MARKS = Set.of("to", "that", "whether", "if");

    private ItPronoun() {
    }

    /**
     * "it was revealed that ...", "it is likely to ...", "it seems that ...": the subject stands
     * for the clause its predicate governs, not for anything named. Also "expl" where the parser says so.
     */
    static boolean isEmptySubject(SemanticGraph g, IndexedWord it) {
        for (SemanticGraphEdge in : g.incomingEdgeList(it)) {
            if (in.getRelation().toString().startsWith("expl")) {
                return true;
            }
            if (in.getRelation().toString().startsWith("nsubj")) {
                for (SemanticGraphEdge e : g.outgoingEdgeList(in.getGovernor())) {
                    String r = e.getRelation().toString();
                    if (CLAUSAL.contains(r) || (r.startsWith("advcl") || r.startsWith("acl")) && hasClauseMark(g, e.getDependent())) {
                        return true; // "it is time to act", "it is odd for a firm to ..."
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasClauseMark(SemanticGraph g, IndexedWord clause) {
        return Graphs.children(g, clause, "mark").stream().anyMatch(m -> CLAUSE_MARKS.contains(m.word().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The organisation or place named nearest before the pronoun in its sentence, a subject
     * before any other; never the noun a relative clause holding the pronoun hangs on.
     */
    static Mention nearestThingBefore(ArticleContext ctx, SemanticGraph g, int s, IndexedWord it) {
        Set<Integer> excluded = relativeClauseHeads(g, it);
        excluded.addAll(coArguments(g, it));
        Mention nearest = null;
        Mention nearestSubject = null;
        for (Mention m : ctx.mentionsIn(s)) {
            if (m.end() > it.index() - 1 || !isThing(m) || excluded.contains(m.end()) || insidePersonPhrase(ctx, g, s, m)
                    || premodifiesUnnamed(ctx, g, s, m)) {
                continue;
            }
            nearest = m;
            IndexedWord head = g.getNodeByIndexSafe(m.end());
            if (head != null && g.incomingEdgeList(head).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj"))) {
                nearestSubject = m;
            }
        }
        return nearestSubject != null ? nearestSubject : nearest;
    }

    /**
     * 1-based indices of the words inside the other arguments of the pronoun's own head ("it seized
     * control of Crimea": control, of, Crimea): a subject does not refer into its own object.
     * Case markers are not followed down (a misparsed "given" as a case marker would hang a whole clause there).
     */
    private static Set<Integer> coArguments(SemanticGraph g, IndexedWord it) {
        Set<Integer> out = new HashSet<>();
        for (SemanticGraphEdge in : g.incomingEdgeList(it)) {
            for (SemanticGraphEdge arg : g.outgoingEdgeList(in.getGovernor())) {
                String r = arg.getRelation().toString();
                if (!arg.getDependent().equals(it) && !r.startsWith("nsubj") && !r.equals("punct") && !r.equals("case")) {
                    subtree(g, arg.getDependent(), out);
                }
            }
        }
        return out;
    }

    private static void subtree(SemanticGraph g, IndexedWord w, Set<Integer> out) {
        if (!out.add(w.index())) {
            return;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String r = e.getRelation().toString();
            if (!r.equals("case") && !r.startsWith("acl:relcl") && !r.equals("ref")) {
                subtree(g, e.getDependent(), out);
            }
        }
    }

    /**
     * "Kremlin spokesperson Dmitry Peskov", "Ambassador to Russia Michael McFaul": a place or
     * organisation inside a person's title phrase describes the person and is not what "it" means.
     */
    private static boolean insidePersonPhrase(ArticleContext ctx, SemanticGraph g, int s, Mention m) {
        IndexedWord cur = g.getNodeByIndexSafe(m.end());
        for (int depth = 0; depth < 3 && cur != null; depth++) {
            IndexedWord up = null;
            for (SemanticGraphEdge e : g.incomingEdgeList(cur)) {
                String r = e.getRelation().toString();
                if (!e.isExtra() && (r.equals("compound") || r.startsWith("nmod") || r.equals("appos") || r.equals("amod"))) {
                    up = e.getGovernor();
                }
            }
            if (up == null) {
                return false;
            }
            Mention holder = ctx.mentionAt(s, up.index() - 1);
            if (holder != null && holder.type() == EntityType.PERSON
                    || holder == null && TitleLexicon.get().isTitleWord(up.word())) {
                return true;
            }
            cur = up;
        }
        return false;
    }

    /**
     * "the Geneva-based charity ... its chief", "the US administration ... its opposition": a place
     * that only premodifies an unnamed noun; "its" means that noun's thing, which has no name here.
     */
    private static boolean premodifiesUnnamed(ArticleContext ctx, SemanticGraph g, int s, Mention m) {
        IndexedWord head = g.getNodeByIndexSafe(m.end());
        if (head == null) {
            return false;
        }
        for (SemanticGraphEdge e : g.incomingEdgeList(head)) {
            String r = e.getRelation().toString();
            if ((r.equals("amod") || r.equals("compound") || r.equals("obl:npmod")) && ctx.mentionAt(s, e.getGovernor().index() - 1) == null) {
                return true;
            }
        }
        // "Geneva-based": the place is the first part of a hyphenated modifier the parser keeps whole or splits
        int next = m.end();
        return next < ctx.tokens(s).size() && ctx.tokens(s).get(next).word().startsWith("-");
    }

    /** 1-based indices of the nouns that relative clauses above the word modify. */
    private static Set<Integer> relativeClauseHeads(SemanticGraph g, IndexedWord w) {
        Set<Integer> out = new HashSet<>();
        IndexedWord cur = w;
        for (int depth = 0; depth < 8 && cur != null; depth++) {
            IndexedWord up = null;
            for (SemanticGraphEdge e : g.incomingEdgeList(cur)) {
                if (e.isExtra()) {
                    continue;
                }
                up = e.getGovernor();
                if (e.getRelation().toString().startsWith("acl:relcl")) {
                    out.add(up.index());
                }
            }
            cur = up;
        }
        return out;
    }

    private static boolean isThing(Mention m) {
        return !m.synthetic() && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION);
    }
}
