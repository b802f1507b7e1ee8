package io.newsgraph.extract;

import io.newsgraph.pipeline.ExtractionPipeline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Requirement checks at assembly, without CoreNLP. */
class ExtractorChainTest {
    private static final Set<String> ALL = Set.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref");

    @Test
    void defaultChainAssembles() {
        ExtractorChain chain = ExtractorChain.assemble(ALL, ExtractorChain.defaultExtractors());
        assertThat(chain.names()).containsExactly("mentions", "coref-links", "list-headings", "role-title", "antecedents",
                "place", "verb-frame", "evaluation", "modality");
        // The pipeline adds the trained relation classifier after the rules, before the modality marks.
        ExtractorChain full = ExtractorChain.assemble(ALL, ExtractionPipeline.defaultExtractors());
        assertThat(full.names()).containsExactly("mentions", "coref-links", "list-headings", "role-title", "antecedents",
                "place", "verb-frame", "evaluation",
                "relation-model/" + io.newsgraph.extract.relation.RelationModel.shipped().version(), "modality");
    }

    @Test
    void missingAnnotatorIsNamed() {
        assertThatThrownBy(() -> ExtractorChain.assemble(Set.of("tokenize", "ssplit", "pos", "lemma", "ner", "coref"),
                ExtractorChain.defaultExtractors()))
                .hasMessageContaining("coref-links").hasMessageContaining("[depparse]");
    }

    @Test
    void withoutCoreferenceTheChainStillAssembles() {
        // -Dnewsgraph.coref=none: the coref linker finds no chains and adds no links; the own antecedent rules remain.
        ExtractorChain chain = ExtractorChain.assemble(Set.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"),
                ExtractorChain.defaultExtractors());
        assertThat(chain.names()).contains("coref-links", "antecedents");
    }

    @Test
    void wrongOrderIsRejected() {
        assertThatThrownBy(() -> ExtractorChain.assemble(ALL, List.of(new ModalityExtractor(), new VerbFrameExtractor())))
                .hasMessageContaining("'modality' requires [").hasMessageContaining("frames]");
    }

    @Test
    void aProducerAfterAConsumerIsRejected() {
        // Evaluation frames after the modality marks would go out unmarked, as claims.
        List<Extractor> chain = List.of(new MentionExtractor(), new CorefLinker(), new HeadingExtractor(), new RoleTitleExtractor(),
                new AntecedentLinker(), new PlaceExtractor(), new VerbFrameExtractor(), new ModalityExtractor(),
                new EvaluationExtractor());
        assertThatThrownBy(() -> ExtractorChain.assemble(ALL, chain))
                .hasMessageContaining("'evaluation' provides frames, which 'modality' already read");
    }

    @Test
    void titlesComeBeforeTheAntecedentsThatUseThem() {
        List<Extractor> chain = List.of(new MentionExtractor(), new CorefLinker(), new AntecedentLinker(), new RoleTitleExtractor());
        assertThatThrownBy(() -> ExtractorChain.assemble(ALL, chain)).hasMessageContaining("'antecedents' requires [titles]");
    }

    @Test
    void annotatorNamesBecomeCapabilities() {
        assertThat(Capability.ofAnnotators(Set.of("tokenize", "depparse", "sentiment")))
                .containsExactlyInAnyOrder(Capability.TOKENIZE, Capability.DEPPARSE);
        assertThat(Capability.COREF_LINKS).hasToString("coref-links");
    }
}
