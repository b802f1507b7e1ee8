package io.newsgraph.eval;

import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The annotated data sets {@code evaluate} reads, each with its reader and which of our predicates it can score. */
public enum GoldFormat {
    /** CoNLL04 in SpERT's JSON: one sentence per document, strict argument boundaries. */
    CONLL04 {
        @Override
        public List<GoldDocument> read(Path file, DocRedReader.Split split) throws IOException {
            return Conll04Reader.read(file);
        }

        @Override
        public Optional<Predicate> scoredAs(Predicate p, EntityType object) {
            return LabelMapping.conll04ScoredAs(p, object);
        }

        @Override
        public Set<Predicate> predicates() {
            return EnumSet.of(Predicate.WORKS_FOR, Predicate.KILLED, Predicate.LIVES_IN, Predicate.LOCATED_IN);
        }
    },
    /** DocRED or Re-DocRED: whole documents, scored per entity pair with any mention of each entity matching. */
    DOCRED {
        @Override
        public List<GoldDocument> read(Path file, DocRedReader.Split split) throws IOException {
            return DocRedReader.read(file, split);
        }

        @Override
        public Optional<Predicate> scoredAs(Predicate p, EntityType object) {
            return predicates().contains(p) ? Optional.of(p) : Optional.empty();
        }

        @Override
        public Set<Predicate> predicates() {
            return LabelMapping.docredPredicates();
        }
    };

    public abstract List<GoldDocument> read(Path file, DocRedReader.Split split) throws IOException;

    /**
     * The predicate a fact of ours counts as in this data set's terms, given the type we gave its
     * object; empty when the data set does not annotate it.
     */
    public abstract Optional<Predicate> scoredAs(Predicate p, EntityType object);

    /** The predicates this data set's labels map onto, the rows of the score table. */
    public abstract Set<Predicate> predicates();
}
