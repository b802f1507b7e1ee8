package io.newsgraph;

import io.newsgraph.extract.RoleTitleExtractor;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fact the extractors make on the examples names the rule that made it, in every piece of its evidence. */
class EvidenceRulesIT {
    @Test
    void everyEvidenceOfTheExampleGraphNamesItsRule() {
        List<Fact> facts = ExampleGraph.graph().facts();
        assertThat(facts).isNotEmpty();
        Set<String> rules = new TreeSet<>();
        for (Fact f : facts) {
            for (Evidence e : f.evidence()) {
                assertThat(e.rule()).as("rule of %s %s %s in %s/%d", f.subject(), f.predicate(), f.object(), e.article(), e.sentence())
                        .isNotBlank().startsWith(e.extractor() + "/");
                rules.add(e.rule());
            }
        }
        // The examples exercise several rules of each kind, not one name for everything.
        assertThat(rules).contains("verb-frame/subj-verb-obj", "role-title/premodifier");
        assertThat(rules.stream().filter(r -> r.startsWith("role-title/"))).allMatch(RoleTitleExtractor.ruleNames()::contains);
        System.out.println("EvidenceRulesIT: rules that fired on the examples: " + rules);
    }
}
