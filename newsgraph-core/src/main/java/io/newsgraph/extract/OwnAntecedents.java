package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsgraph.model.EntityType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The project's own links for pronouns and descriptions, standing in for coreference chains when
 * CoreNLP's coreference does not run ({@code -Dnewsgraph.coref=none}). One pass in text order, so a
 * pronoun can continue an earlier pronoun's link. Each link names its rule: first the syntactic
 * rules of {@link PronounAntecedents} ("clause-subject", "previous-subject"), then
 * <ul>
 *   <li>no person rule links when this sentence before the pronoun, or the last, has a subject or
 *       possessor that is an unlinked description of a person ("the billionaire's talks ... his");</li>
 *   <li>{@value #PREVIOUS_PRONOUN_SUBJECT}: "he" continues the person an earlier "he" that was
 *       the previous sentence's subject stands for;</li>
 *   <li>{@value #PARAGRAPH_PERSON}: the paragraph so far (at most {@value #WINDOW} sentences back;
 *       for a pronoun before any name in its paragraph, the paragraph before) names exactly one
 *       person of a fitting gender;</li>
 *   <li>{@value #SENTENCE_THING}: "its", or "it" as a subject, means the nearest organisation or
 *       place named before it in the sentence, a subject first, never one inside its own clause's
 *       other arguments or the noun its relative clause hangs on ("control of Crimea, which it
 *       seized" is not Crimea);</li>
 *   <li>{@value #TYPED_DESCRIPTION}: "the company" means what the article last typed as a company
 *       ({@link DescriptionTypes});</li>
 *   <li>{@value #NAME_HEAD}: else "the orchestra" means the organisation named last (at most
 *       {@value #WINDOW} sentences back) whose name has that noun as its head ("the Baltic Symphony
 *       Orchestra", "the Bank of Lisbon");</li>
 *   <li>{@value #PREVIOUS_COMPANY_SUBJECT}: else "the company" (a company noun) means the previous
 *       sentence's one named organisation subject.</li>
 * </ul>
 * An object "it" and an "it" with a clause of its own ("it was revealed that ...") stay unlinked:
 * they mostly mean a situation, not a named thing.
 */
final class OwnAntecedents {
    static final String PREVIOUS_PRONOUN_SUBJECT = "previous-pronoun-subject";
    static final String PARAGRAPH_PERSON = "paragraph-person";
    static final String SENTENCE_THING = "sentence-thing";
    static final String TYPED_DESCRIPTION = "typed-description";
    static final String PREVIOUS_COMPANY_SUBJECT = "previous-company-subject";
    static final String NAME_HEAD = "name-head";
    /**
     * At most this many sentences back for the paragraph rule: a pronoun far into a long paragraph
     * (a one-line article is one paragraph) should not search all of it, nor cost time quadratic in it.
     */
    static final int WINDOW = 6;

    private OwnAntecedents() {
    }

    static Map<String, Antecedent> link(ArticleContext ctx) {
        Map<String, Antecedent> links = new HashMap<>();
        NameGender genders = NameGender.of(ctx);
        DescriptionTypes types = DescriptionTypes.of(ctx);
        Paragraphs paragraphs = Paragraphs.of(ctx);
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            for (int t = 0; t < ctx.tokens(s).size(); t++) {
                String word = ctx.tokens(s).get(t).word().toLowerCase(Locale.ROOT);
                Antecedent a;
                if (PronounAntecedents.isPersonalPronoun(word)) {
                    a = PronounAntecedents.ofPronoun(ctx, s, t, word, links, genders);
                    if (a == null) {
                        a = PronounAntecedents.NEUTER.contains(word) ? thing(ctx, s, t, word)
                                : person(ctx, s, t, word, links, genders, paragraphs);
                    }
                } else {
                    a = ctx.mentionAt(s, t) == null ? types.describedAt(ctx, s, t) : null;
                }
                if (a != null) {
                    links.put(s + ":" + t, a);
                }
            }
        }
        return links;
    }

    private static Antecedent person(ArticleContext ctx, int s, int t, String word, Map<String, Antecedent> links,
                                     NameGender genders, Paragraphs paragraphs) {
        Mention local = PronounAntecedents.isSubject(ctx, s, t) ? null : PronounAntecedents.localSubject(ctx, s, t + 1);
        Predicate<Mention> fits = m -> m.type() == EntityType.PERSON && genders.fits(m, word)
                && (local == null || !sameSurname(local, m));
        if (AnimateNouns.get().unlinkedPersonDescription(ctx, links, s, t) || s > 0
                && AnimateNouns.get().unlinkedPersonDescription(ctx, links, s - 1, ctx.tokens(s - 1).size())) {
            return null; // "the billionaire's conversations ... his": someone this sentence or the last did not name
        }
        Mention carried = s > 0 ? pronounSubject(ctx, s - 1, links) : null;
        if (carried != null && fits.test(carried)) {
            return new Antecedent(carried, PREVIOUS_PRONOUN_SUBJECT);
        }
        int from = Math.max(paragraphs.start(s), s - WINDOW);
        Set<String> seen = personsBetween(ctx, links, from, s, t);
        if (seen.isEmpty() && from > 0 && from == paragraphs.start(s)) {
            from = Math.max(paragraphs.start(from - 1), from - WINDOW); // the pronoun comes before any name in its paragraph
            seen = personsBetween(ctx, links, from, s, t);
        }
        Mention only = onlyFitting(ctx, links, from, s, t, fits);
        return only == null ? null : new Antecedent(only, PARAGRAPH_PERSON);
    }

    /** The one person of a fitting gender named or linked from sentence {@code from} up to token t of s; else null. */
    private static Mention onlyFitting(ArticleContext ctx, Map<String, Antecedent> links, int from, int s, int t,
                                       Predicate<Mention> fits) {
        Mention found = null;
        for (Mention m : personMentions(ctx, links, from, s, t)) {
            if (!fits.test(m)) {
                continue;
            }
            if (found != null && !sameSurname(found, m)) {
                return null;
            }
            found = found == null || m.name().length() > found.name().length() ? m : found;
        }
        return found;
    }

    private static Set<String> personsBetween(ArticleContext ctx, Map<String, Antecedent> links, int from, int s, int t) {
        Set<String> out = new HashSet<>();
        personMentions(ctx, links, from, s, t).forEach(m -> out.add(CorefLinker.RoughName.surname(m)));
        return out;
    }

    private static List<Mention> personMentions(ArticleContext ctx, Map<String, Antecedent> links, int from, int s, int t) {
        List<Mention> out = new java.util.ArrayList<>();
        for (int i = from; i <= s; i++) {
            for (Mention m : ctx.mentionsIn(i)) {
                if (m.type() == EntityType.PERSON && (i < s || m.end() <= t)) {
                    out.add(m);
                }
            }
            int end = i < s ? ctx.tokens(i).size() : t;
            for (int k = 0; k < end; k++) {
                Antecedent a = links.get(i + ":" + k);
                if (a != null && a.target().type() == EntityType.PERSON) {
                    out.add(a.target());
                }
            }
        }
        return out;
    }

    /** The one person the subject pronouns of sentence s stand for, if they all stand for one. */
    private static Mention pronounSubject(ArticleContext ctx, int s, Map<String, Antecedent> links) {
        return PronounAntecedents.oneSubject(ctx, s, w -> {
            Antecedent a = links.get(s + ":" + (w.index() - 1));
            return a != null && a.target().type() == EntityType.PERSON ? a.target() : null;
        }, OwnAntecedents::sameSurname);
    }

    /** "its", or a subject "it" that is not the empty subject of a clause of its own. */
    private static Antecedent thing(ArticleContext ctx, int s, int t, String word) {
        SemanticGraph g = ctx.graph(s);
        IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t + 1);
        if (w == null) {
            return null;
        }
        boolean possessive = "PRP$".equals(w.tag());
        boolean subject = PronounAntecedents.isSubject(ctx, s, t);
        if (!possessive && (!subject || ItPronoun.isEmptySubject(g, w))) {
            return null;
        }
        // Not the previous sentence's subject: a subject "it" there was mostly a situation (measured on the seeds).
        Mention near = ItPronoun.nearestThingBefore(ctx, g, s, w);
        return near == null ? null : new Antecedent(near, SENTENCE_THING);
    }

    private static boolean sameSurname(Mention a, Mention b) {
        return CorefLinker.RoughName.surname(a).equals(CorefLinker.RoughName.surname(b));
    }
}
