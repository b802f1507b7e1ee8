package io.newsgraph.sink.neo4j;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Event;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Participant;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import io.newsgraph.model.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * A third made-up article on top of TestGraphs.small(), so that the analyst queries have
 * something to find: two people who meet, a fact stated by two articles, a contradiction, a
 * negated reported threat and a hypothetical place; and two threats against Riverton with their
 * CAMEO codes, months apart, that no fact records (events are loaded as they come).
 */
final class QueryFixture {
    static final String TEXT = "Maria Lindqvist met Tom O'Neil in Riverton on Tuesday. "
            + "Lindqvist, who heads Nordlys Energy, said the utility may open an office in Riverton. "
            + "O'Neil said he had not threatened the company. "
            + "O'Neil said he had spoken with Riverton residents. "
            + "Kalev Power threatened to send security forces to Riverton, as Nordlys Energy had threatened the town in February.";

    private QueryFixture() {
    }

    static Graph graph() {
        Graph small = TestGraphs.small();
        List<Article> articles = new ArrayList<>(small.articles());
        articles.add(new Article("fx-101", "Lindqvist and O'Neil discuss the grid", "Fixture Post", "2025-06-03",
                "https://example.org/grid", "B. Reporter", null, TEXT));
        List<Entity> entities = new ArrayList<>(small.entities());
        entities.add(new Entity("person/maria-lindqvist", "Maria Lindqvist", EntityType.PERSON, List.of("Lindqvist"), 2, List.of("fx-101"),
                List.of(new io.newsgraph.model.AliasMerge("Lindqvist", "short name", "Maria Lindqvist")), "apposition"));
        entities.add(new Entity("person/tom-o-neil", "Tom O'Neil", EntityType.PERSON, List.of("O'Neil"), 3, List.of("fx-101")));
        entities.add(new Entity("organization/nordlys-energy", "Nordlys Energy", EntityType.ORGANIZATION, List.of(), 1, List.of("fx-101")));
        entities.add(new Entity("location/riverton", "Riverton", EntityType.LOCATION, List.of(), 2, List.of("fx-101")));
        List<Event> events = new ArrayList<>(small.events());
        events.add(new Event("event/fx-101-0-met-with", Predicate.MET_WITH, "fx-101", 0, List.of(
                new Participant(Role.AGENT, "person/maria-lindqvist"), new Participant(Role.RECIPIENT, "person/tom-o-neil"),
                new Participant(Role.PLACE, "location/riverton")), "2025-06-03", "location/riverton", "044"));
        events.add(new Event("event/fx-101-4-threatened", Predicate.THREATENED, "fx-101", 4, List.of(
                new Participant(Role.AGENT, "organization/kalev-power"), new Participant(Role.RECIPIENT, "location/riverton")),
                "2025-06-03", null, "138"));
        events.add(new Event("event/fx-101-4-threatened-2", Predicate.THREATENED, "fx-101", 4, List.of(
                new Participant(Role.AGENT, "organization/nordlys-energy"), new Participant(Role.RECIPIENT, "location/riverton")),
                "2025-02", null, "13"));
        List<Fact> facts = new ArrayList<>(small.facts());
        facts.add(fact("fact/fx-101-0-met-with", "Maria Lindqvist", "person/maria-lindqvist", Predicate.MET_WITH, "Tom O'Neil",
                "person/tom-o-neil", Polarity.POSITIVE, Modality.ASSERTED, null, "event/fx-101-0-met-with", 0));
        facts.add(fact("fact/fx-001-1-leads", "Maria Lindqvist", "person/maria-lindqvist", Predicate.LEADS, "Nordlys Energy",
                "organization/nordlys-energy", Polarity.POSITIVE, Modality.ASSERTED, null, null, 1));
        facts.add(fact("fact/fx-101-1-located-in", "Nordlys Energy", "organization/nordlys-energy", Predicate.LOCATED_IN,
                "Riverton", "location/riverton", Polarity.POSITIVE, Modality.HYPOTHETICAL, null, null, 1));
        facts.add(fact("fact/fx-101-2-threatened", "Tom O'Neil", "person/tom-o-neil", Predicate.THREATENED, "Nordlys Energy",
                "organization/nordlys-energy", Polarity.NEGATIVE, Modality.REPORTED, "Tom O'Neil", null, 2));
        facts.add(fact("fact/fx-101-3-communicated-with", "Tom O'Neil", "person/tom-o-neil", Predicate.COMMUNICATED_WITH,
                "Riverton", "location/riverton", Polarity.POSITIVE, Modality.REPORTED, "Tom O'Neil", null, 3));
        return new Graph(articles, entities, facts, events);
    }

    private static Fact fact(String id, String s, String sid, Predicate p, String o, String oid, Polarity pol,
                             Modality mod, String attributedTo, String event, int sentence) {
        String[] sentences = TEXT.split("(?<=\\.) ");
        int start = 0;
        for (int i = 0; i < sentence; i++) {
            start += sentences[i].length() + 1;
        }
        String text = sentences[sentence];
        return new Fact(id, s, p, o, sid, oid, pol, mod, attributedTo, event, "2025-06-03", null,
                List.of(new Evidence("fx-101", sentence, start, start + text.length(), text, "verb-frame", 0.75)));
    }
}
