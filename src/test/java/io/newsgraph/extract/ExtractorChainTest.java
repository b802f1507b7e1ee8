package io.newsgraph.extract;

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
        ExtractorChain chain = ExtractorChain.assemble(ALL, ExtractionPipeline.defaultExtractors());
        assertThat(chain.names()).containsExactly("mentions", "coref-links", "list-headings", "role-title", "place", "verb-frame",
                "evaluation", "relation-model/" + io.newsgraph.extract.relation.RelationModel.shipped().version(), "modality");
    }

    @Test
    void missingAnnotatorIsNamed() {
        assertThatThrownBy(() -> ExtractorChain.assemble(Set.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"),
                ExtractionPipeline.defaultExtractors()))
                .hasMessageContaining("coref-links").hasMessageContaining("[coref]");
    }

    @Test
    void wrongOrderIsRejected() {
        assertThatThrownBy(() -> ExtractorChain.assemble(ALL, List.of(new ModalityExtractor(), new VerbFrameExtractor())))
                .hasMessageContaining("'modality' requires [frames]");
    }
}
