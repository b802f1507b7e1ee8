package io.newsgraph.extract.relation;

import io.newsgraph.extract.ArticleContext;
import io.newsgraph.extract.Capability;
import io.newsgraph.extract.Extractor;
import io.newsgraph.extract.Frame;
import io.newsgraph.extract.Mention;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds the trained classifier's relations between the named mentions of each sentence, after the
 * rules and before modality: a pair the rules already related keeps the rules' fact alone, and
 * every classified frame is anchored in its clause ({@link RelationAnchor}) so that "X did not
 * found Y" and "X may join Y" are marked negative or hypothetical like any rule frame. The frame's
 * confidence is the model's calibrated probability; its extractor names the model version.
 */
public final class RelationClassifierExtractor implements Extractor {
    private final RelationModel model;
    private final String name;

    public RelationClassifierExtractor(RelationModel model) {
        this.model = model;
        this.name = "relation-model/" + model.version();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.DEPPARSE, Capability.LEMMA, Capability.NER, Capability.MENTIONS, Capability.FRAMES);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.FRAMES);
    }

    @Override
    public void extract(ArticleContext ctx) {
        Set<String> ruled = new HashSet<>();
        for (Frame f : ctx.frames()) {
            if (f.agent() != null) {
                f.objects().forEach(o -> ruled.add(pair(f.agent(), o)));
            }
        }
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            List<Mention> mentions = ctx.mentionsIn(s);
            if (mentions.size() < 2) {
                continue;
            }
            for (Candidate c : RelationCandidates.of(s, mentions)) {
                Mention head = ctx.mentionAt(s, c.headBegin());
                Mention tail = ctx.mentionAt(s, c.tailBegin());
                if (ruled.contains(pair(head, tail))) {
                    continue;
                }
                int anchor = RelationAnchor.of(ctx.graph(s), c);
                if (anchor < 0) {
                    continue;
                }
                int sentence = s;
                model.decide(RelationFeatures.of(ctx.tokens(s), ctx.graph(s), c)).ifPresent(d -> ctx.addFrame(
                        Frame.of(name, d.predicate(), sentence, anchor, head, List.of(tail), List.of(), d.probability())));
            }
        }
    }

    /** An unordered pair of mentions: the rules' fact wins whichever way it points. */
    private static String pair(Mention a, Mention b) {
        String x = a.sentence() + ":" + a.begin() + ":" + a.end();
        String y = b.sentence() + ":" + b.begin() + ":" + b.end();
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }
}
