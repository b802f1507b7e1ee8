package io.newsgraph.eval;

import io.newsgraph.extract.Mention;
import io.newsgraph.extract.relation.Candidate;
import io.newsgraph.extract.relation.RelationAnchor;
import io.newsgraph.extract.relation.RelationCandidates;
import io.newsgraph.extract.relation.RelationFeatures;
import io.newsgraph.extract.relation.RelationModel;
import io.newsgraph.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Labelled candidates from annotated gold documents. Candidates are the pairs the extractor would
 * see (named mentions of one sentence); for fitting, the annotated entities whose boundaries
 * CoreNLP's tokens line up with are added as well, so the model also learns from relations whose
 * arguments NER cut differently. A candidate's label is the gold predicate between the entities
 * its spans match exactly, else {@link RelationModel#NONE}. Candidates the extractor would skip for
 * want of an anchor are marked, so tuning sees what extraction will do.
 */
public final class TrainingExamples {
    /** One candidate with its features, label and argument spans. */
    public record Example(String document, Candidate candidate, Span head, Span tail, Span headMention, Span tailMention,
                          List<String> features, String label, boolean anchored) {
        /** The candidates that compete for one pair of mentions share this key. */
        public String group() {
            return document + "|" + candidate.group();
        }
    }

    private TrainingExamples() {
    }

    public static List<Example> of(AnnotatedGold a, boolean withGoldSpans) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (int s = 0; s < a.sentences().size(); s++) {
            List<Mention> ms = new ArrayList<>();
            for (Mention m : a.extraction().mentions()) {
                if (m.sentence() == s && !m.synthetic()) {
                    ms.add(m);
                }
            }
            if (withGoldSpans) {
                ms.addAll(goldMentions(a, s, ms));
            }
            for (Candidate c : RelationCandidates.of(s, a.tokens(s), ms)) {
                candidates.putIfAbsent(c.sentence() + ":" + c.headBegin() + ":" + c.headEnd() + ":" + c.tailBegin() + ":" + c.tailEnd(), c);
            }
        }
        Map<String, String> labels = new HashMap<>();
        a.gold().relations().forEach(r -> labels.putIfAbsent(r.head() + ">" + r.tail(), r.predicate().name()));
        List<Example> out = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            List<Mention> sentenceMentions = a.extraction().mentions().stream()
                    .filter(m -> m.sentence() == c.sentence() && !m.synthetic()).toList();
            Span head = a.span(c.sentence(), c.headBegin(), c.headEnd());
            Span tail = a.span(c.sentence(), c.tailBegin(), c.tailEnd());
            Optional<GoldEntity> h = a.gold().entityAt(head);
            Optional<GoldEntity> t = a.gold().entityAt(tail);
            String label = h.isPresent() && t.isPresent()
                    ? labels.getOrDefault(h.get().id() + ">" + t.get().id(), RelationModel.NONE) : RelationModel.NONE;
            List<String> features = RelationFeatures.of(a.tokens(c.sentence()), a.graph(c.sentence()), c, sentenceMentions);
            boolean anchored = RelationAnchor.of(a.graph(c.sentence()), c) >= 0;
            Span headMention = a.span(c.sentence(), c.head().mentionBegin(), c.head().mentionEnd());
            Span tailMention = a.span(c.sentence(), c.tail().mentionBegin(), c.tail().mentionEnd());
            out.add(new Example(a.gold().id(), c, head, tail, headMention, tailMention, features, label, anchored));
        }
        return out;
    }

    /** Annotated mentions of one sentence as mentions, where no extracted mention has the same tokens. */
    private static List<Mention> goldMentions(AnnotatedGold a, int sentence, List<Mention> extracted) {
        List<Mention> out = new ArrayList<>();
        for (GoldEntity e : a.gold().entities()) {
            EntityType type = typeOf(e.type());
            if (type == null) {
                continue;
            }
            for (Span span : e.mentions()) {
                a.tokensOf(span).filter(ts -> ts.sentence() == sentence).ifPresent(ts -> {
                    boolean known = extracted.stream().anyMatch(m -> m.begin() == ts.begin() && m.end() == ts.end());
                    if (!known) {
                        String text = span.of(a.gold().text());
                        out.add(new Mention(sentence, ts.begin(), ts.end(), text, text, type, false));
                    }
                });
            }
        }
        return out;
    }

    /** CoNLL04 and DocRED entity types as ours; other types (CoNLL04 Other, DocRED MISC, TIME, NUM) take no part. */
    static EntityType typeOf(String goldType) {
        return switch (goldType) {
            case "Peop", "PER" -> EntityType.PERSON;
            case "Org", "ORG" -> EntityType.ORGANIZATION;
            case "Loc", "LOC" -> EntityType.LOCATION;
            default -> null;
        };
    }
}
