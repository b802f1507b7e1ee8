package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.extract.MentionBoundaries.Run;
import io.newsgraph.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * Place names whose first or last word is a common word NER leaves out: a capitalised adjective
 * or compass word before a place ("Indian Ocean", "South America", "the Persian Gulf"), a feature
 * word after it ("Tarim Basin", "Kerch Strait"), and a head with "of" before it ("Sea of Japan",
 * "Horn of Africa"). An organisation's head before "of" and a place makes an organisation ("Bank of
 * England"). The words are data (names.tsv: place-heads, place-prefixes, organisation-heads).
 */
final class PlaceNames {
    private static final WordClasses WORDS = MentionBoundaries.WORDS;

    private PlaceNames() {
    }

    static List<Run> extend(List<CoreLabel> toks, List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            if (r.type() != EntityType.LOCATION) {
                out.add(r);
                continue;
            }
            int limitLeft = out.isEmpty() ? 0 : out.get(out.size() - 1).end();
            int limitRight = i + 1 < runs.size() ? runs.get(i + 1).begin() : toks.size();
            r = withFeatureWordsAfter(toks, r, limitRight);
            Run headOf = withHeadOf(toks, r, limitLeft, out);
            if (headOf != r) {
                out.add(headOf);
                continue;
            }
            out.add(withModifiersBefore(toks, r, limitLeft));
        }
        return out;
    }

    /** "Tarim Basin": capitalised feature words right after a place belong to it. */
    private static Run withFeatureWordsAfter(List<CoreLabel> toks, Run r, int limit) {
        int e = r.end();
        while (e < limit && MentionBoundaries.isCapitalised(toks.get(e)) && WORDS.is("place-heads", toks.get(e).word())
                && "O".equals(toks.get(e).ner()) || e < limit && "TITLE".equals(toks.get(e).ner()) && WORDS.is("place-heads", toks.get(e).word())) {
            e++;
        }
        return r.with(r.begin(), e);
    }

    /**
     * "Indian Ocean", "South America": capitalised words before a place that starts with a feature
     * word, or a compass word before any place, are part of its name.
     */
    private static Run withModifiersBefore(List<CoreLabel> toks, Run r, int limit) {
        int b = r.begin();
        boolean head = WORDS.is("place-heads", toks.get(b).word());
        while (b - 1 >= limit && b - 1 >= 0 && isModifier(toks.get(b - 1)) && (head || WORDS.is("place-prefixes", toks.get(b - 1).word()))) {
            b--;
        }
        return r.with(b, r.end());
    }

    private static boolean isModifier(CoreLabel t) {
        String tag = t.tag() == null ? "" : t.tag();
        return MentionBoundaries.isCapitalised(t) && !MentionBoundaries.isArticle(t) && (tag.startsWith("NNP") || tag.equals("JJ"));
    }

    /**
     * "Sea of Japan", "Horn of Africa", "Bank of England": a capitalised head word, then "of", then
     * the place. With the capitalised words before the head ("Royal Bank of Scotland"), and taking
     * over a run NER made of them.
     */
    private static Run withHeadOf(List<CoreLabel> toks, Run r, int limit, List<Run> out) {
        int of = r.begin() - 1;
        if (of - 1 < 0 || !"of".equals(toks.get(of).word())) {
            return r;
        }
        CoreLabel head = toks.get(of - 1);
        boolean place = WORDS.is("place-heads", head.word());
        boolean organisation = WORDS.is("organisation-heads", head.word()) || WORDS.is("legal-forms", head.word());
        if (!MentionBoundaries.isCapitalised(head) || !place && !organisation) {
            return r;
        }
        int b = of - 1;
        Run before = out.isEmpty() ? null : out.get(out.size() - 1);
        if (before != null && before.end() == of && !WORDS.is("legal-forms", head.word())) {
            b = before.begin();
            out.remove(out.size() - 1);
        } else {
            if (of - 1 < limit) {
                return r;
            }
            while (b - 1 >= limit && b - 1 >= 0 && isModifier(toks.get(b - 1)) && "O".equals(toks.get(b - 1).ner())) {
                b--;
            }
        }
        return new Run(b, r.end(), place ? EntityType.LOCATION : EntityType.ORGANIZATION);
    }
}
