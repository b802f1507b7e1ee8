package io.newsgraph.extract;

import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Events, dates, evidence and merging on made-up texts. */
class EventsTest {
    @Test
    void eventLikeClaimsGetAnEventWithTypedParticipantsAndDate() {
        Extracted x = Extracted.from("In 2021, Olaf Brandt urged Julia Moreno to sell Harbor Logistics.");
        Fact f = x.facts("Olaf Brandt", "REQUESTED", "Julia Moreno").get(0);
        Event e = x.graph().events().stream().filter(ev -> ev.id().equals(f.event())).findFirst().orElseThrow();
        assertThat(e.participants()).anyMatch(p -> p.role() == Role.AGENT && p.entity().equals("person/olaf-brandt"));
        assertThat(e.participants()).anyMatch(p -> p.role() == Role.RECIPIENT && p.entity().equals("person/julia-moreno"));
        assertThat(e.participants()).anyMatch(p -> p.role() == Role.TOPIC && p.entity().equals("organization/harbor-logistics"));
        assertThat(e.date()).isEqualTo("2021");
        assertThat(f.primary().text()).isEqualTo("In 2021, Olaf Brandt urged Julia Moreno to sell Harbor Logistics.");
        assertThat(f.primary().extractor()).isEqualTo("verb-frame");
    }

    @Test
    void negatedStatementsGetNoEvent() {
        Extracted x = Extracted.from("Olaf Brandt never met Julia Moreno.");
        Fact f = x.facts("Olaf Brandt", "MET_WITH", "Julia Moreno").get(0);
        assertThat(f.isClaim()).isFalse();
        assertThat(f.event()).isNull();
        assertThat(x.graph().events()).isEmpty();
    }

    @Test
    void theSameFactInTwoSentencesIsOneFactWithTwoEvidences() {
        Extracted x = Extracted.from("Laura Becker criticized Marco Ruiz on Monday.\n\nOn Tuesday Becker criticized Ruiz again.");
        var facts = x.facts("Laura Becker", "CRITICIZED", "Marco Ruiz");
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).evidence()).hasSize(2);
    }
}
