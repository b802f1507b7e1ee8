package io.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.cli.common.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 'newsgraph explain' in-process on sentences made up for it (the models are shared in the JVM):
 * a title fact and a verb fact name their rules, a negated fact is shown as negated, a sentence
 * with no fact says why, and the JSON form carries the same.
 */
class ExplainCommandIT {
    @Test
    void aPronounLinkNamesTheRuleThatMadeIt() {
        CliRun r = CliRun.of("explain", "Rosa Kline runs Tidewater Mining. She criticized the new smelter plan on Friday.");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("sentence 1 token 0 \"She\" -> Rosa Kline (antecedent:previous-subject)");
    }

    @Test
    void aTitleBeforeTheNameIsExplainedWithItsRule() {
        CliRun r = CliRun.of("explain", "Tidewater Mining CEO Rosa Kline visited the new smelter.");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Sentence 0: Tidewater Mining CEO Rosa Kline", "Kline/NNP/Kline/PERSON",
                "compound Kline-4 -> Rosa-3", "\"Rosa Kline\" -> Rosa Kline (Person)", "Rules that fired:",
                // NER names only "Tidewater" an organisation, so that is whom she leads
                "role-title/premodifier  sentence 0: Rosa Kline LEADS Tidewater  [positive, asserted]",
                "Rosa Kline LEADS Tidewater  [rule role-title/premodifier; positive, asserted; confidence 0.80]",
                "verb-frame/subj-verb-obj  sentence 0: Rosa Kline (Person) MET_WITH -: no named object or topic")
                .doesNotContain("Why no fact");
    }

    @Test
    void eachEntitySaysWhatDecidedItsTypeAndWhyItsOtherNamesJoined() {
        CliRun r = CliRun.of("explain", "Harbour Freight Ltd hired Jonas Brekke in May. Brekke said the firm would grow.");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Entities (with the rule that decided each type and why each other name joined):",
                "Harbour Freight Ltd (Organization), type: legal-form", "Jonas Brekke (Person), type: ", "; also: Brekke (short name)");
    }

    @Test
    void aVerbFrameFactNamesItsRuleAndADroppedTitleSaysWhy() {
        CliRun r = CliRun.of("explain", "Governor Paul Okafor criticized Tidewater Mining on Friday.");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Paul Okafor CRITICIZED Tidewater Mining  [rule verb-frame/subj-verb-obj; positive, asserted",
                "role-title/premodifier  sentence 0: Paul Okafor (Person) LEADS -: the title names no owner");
    }

    @Test
    void aNegatedFactIsShownAsNegated() {
        CliRun r = CliRun.of("explain", "Paul Okafor did not meet Rosa Kline at the conference.");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Paul Okafor MET_WITH Rosa Kline  [rule verb-frame/subj-verb-obj; negative, asserted",
                "(negated: kept with its mark, never counted as a claim)", "3 not/RB/not/O");
    }

    @Test
    void aSentenceWithoutFactsSaysWhy() {
        CliRun r = CliRun.of("explain", "The weather stayed mild all week.");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Facts: none", "Rules that fired: none",
                "Why no fact: a fact links two named things, and no name was found");
    }

    @Test
    void jsonCarriesTheParseTheRulesAndTheFacts(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("sentence.txt");
        Files.writeString(file, "Governor Paul Okafor criticized Tidewater Mining on Friday.\n");
        CliRun r = CliRun.of("explain", "--file", file.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.at("/sentences/0/tokens/3/word").asText()).isEqualTo("criticized");
        assertThat(root.at("/sentences/0/tokens/3/lemma").asText()).isEqualTo("criticize");
        assertThat(root.at("/sentences/0/dependencies").size()).isGreaterThan(5);
        List<String> facts = new ArrayList<>();
        root.get("facts").forEach(f -> facts.add(f.get("subject").asText() + " " + f.get("predicate").asText() + " "
                + f.get("object").asText() + " " + f.get("rule").asText() + " " + f.get("polarity").asText()));
        assertThat(facts).contains("Paul Okafor CRITICIZED Tidewater Mining verb-frame/subj-verb-obj positive");
        assertThat(root.get("rules").findValuesAsText("rule")).contains("verb-frame/subj-verb-obj");
        assertThat(root.get("dropped").findValuesAsText("reason")).contains("the title names no owner");
        assertThat(root.get("whyNoFact")).isEmpty();
    }

    @Test
    void neitherOrBothInputsIsAUsageErrorBeforeAnyModelLoads() {
        CliRun none = CliRun.of("explain");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("give either a SENTENCE or --file FILE").doesNotContain("Loading CoreNLP", "Exception");
        CliRun missing = CliRun.of("explain", "--file", "no/such/file.txt");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(missing.err()).contains("no/such/file.txt: no such file").doesNotContain("Exception");
        CliRun format = CliRun.of("explain", "Ann met Bob.", "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("--format must be text or json").doesNotContain("Loading CoreNLP");
    }
}
