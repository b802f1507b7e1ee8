package io.newsgraph.spark;

import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Modality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One fact from the facts several articles made of the same statement (same id: same subject,
 * predicate, object, polarity, modality class and role), as the one-machine assembler would have
 * built it from all their frames in corpus order: evidence of all, asserted if any article
 * asserted it, and the first attribution, event and date met.
 */
final class FactMerge {
    private static final Comparator<Evidence> EVIDENCE_ORDER = Comparator.comparing(Evidence::article)
            .thenComparingInt(Evidence::sentence).thenComparing(Evidence::extractor);

    private FactMerge() {
    }

    /** @param inCorpusOrder the per-article facts with one id, in the order of their articles */
    static Fact merge(List<Fact> inCorpusOrder) {
        Fact first = inCorpusOrder.get(0);
        if (inCorpusOrder.size() == 1) {
            return first;
        }
        boolean asserted = false;
        String attributedTo = null;
        String event = null;
        String date = null;
        List<Evidence> evidence = new ArrayList<>();
        for (Fact f : inCorpusOrder) {
            asserted |= f.modality() == Modality.ASSERTED;
            attributedTo = attributedTo == null ? f.attributedTo() : attributedTo;
            event = event == null ? f.event() : event;
            date = date == null ? f.date() : date;
            evidence.addAll(f.evidence());
        }
        evidence.sort(EVIDENCE_ORDER);
        Modality mod = first.modality() == Modality.HYPOTHETICAL ? Modality.HYPOTHETICAL
                : asserted ? Modality.ASSERTED : Modality.REPORTED;
        return new Fact(first.id(), first.subject(), first.predicate(), first.object(), first.subjectId(), first.objectId(),
                first.polarity(), mod, mod == Modality.REPORTED ? attributedTo : null, event, date, first.role(), evidence);
    }
}
