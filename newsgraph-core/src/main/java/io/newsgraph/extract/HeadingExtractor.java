package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Set;

/**
 * List items under a "Name:" heading ("Trump:" then "- Has praised ...") leave out their subject;
 * the heading supplies it. A sentence that ends with a colon starts a new heading context, so
 * only items directly under a heading that is nothing but one name get a subject.
 */
public final class HeadingExtractor implements Extractor {
    @Override
    public String name() {
        return "list-headings";
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.MENTIONS, Capability.POS);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.HEADINGS);
    }

    @Override
    public void extract(ArticleContext ctx) {
        Mention heading = null;
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            String text = ctx.sentenceText(s).strip();
            if (text.endsWith(":")) {
                heading = headingName(ctx, s);
                continue;
            }
            if (heading != null && startsWithVerb(ctx.tokens(s))) {
                ctx.setHeadingSubject(s, heading);
            }
        }
    }

    private static Mention headingName(ArticleContext ctx, int s) {
        List<CoreLabel> toks = ctx.tokens(s);
        Mention only = null;
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).word();
            if (w.matches("[-*:#•]+")) {
                continue;
            }
            Mention m = ctx.mentionAt(s, i);
            if (m == null || (only != null && only != m)) {
                return null;
            }
            only = m;
        }
        return only;
    }

    private static boolean startsWithVerb(List<CoreLabel> toks) {
        for (CoreLabel t : toks) {
            if (t.word().matches("[-*•]+")) {
                continue;
            }
            return t.tag().startsWith("VB") || t.tag().equals("MD");
        }
        return false;
    }
}
