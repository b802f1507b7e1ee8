package io.newsgraph.sink.map;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Ids;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.newsgraph.model.EntityType.EVENT;
import static io.newsgraph.model.EntityType.LOCATION;
import static io.newsgraph.model.EntityType.ORGANIZATION;
import static io.newsgraph.model.EntityType.PERSON;
import static io.newsgraph.model.EntityType.PRODUCT;
import static io.newsgraph.model.Modality.ASSERTED;
import static io.newsgraph.model.Modality.HYPOTHETICAL;
import static io.newsgraph.model.Modality.REPORTED;
import static io.newsgraph.model.Polarity.NEGATIVE;
import static io.newsgraph.model.Polarity.POSITIVE;
import static io.newsgraph.model.Predicate.*;

/**
 * A made-up news story (four invented articles about an energy takeover and a city strike) big
 * enough to show what the map is for: the README screenshot is taken from it.
 */
final class MapDemoGraph {
    private final List<Article> articles = new ArrayList<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Fact> facts = new ArrayList<>();

    private MapDemoGraph() {
    }

    static Graph build() {
        MapDemoGraph g = new MapDemoGraph();
        g.article("d1", "Nordlys Energy agrees to buy Kalev Power", "Helsinki Ledger", "2025-03-03");
        g.article("d2", "Tallinn regulator questions the Kalev deal", "Baltic Wire", "2025-03-12");
        g.article("d3", "Ministers meet at the Baltic Energy Summit", "Baltic Wire", "2025-04-02");
        g.article("d4", "Riverton transit workers threaten strike", "Riverton Courier", "2025-04-11");

        g.fact("Maria Lindqvist", PERSON, LEADS, "Nordlys Energy", ORGANIZATION, POSITIVE, ASSERTED, null, "d1", 0.93,
                "Nordlys Energy chief executive Maria Lindqvist called the purchase a milestone.");
        g.fact("Jonas Berg", PERSON, WORKS_FOR, "Nordlys Energy", ORGANIZATION, POSITIVE, ASSERTED, null, "d1", 0.84,
                "Jonas Berg, the company's finance director, said the price was fair.");
        g.fact("Nordlys Energy", ORGANIZATION, LOCATED_IN, "Helsinki", LOCATION, POSITIVE, ASSERTED, null, "d1", 0.8,
                "The Helsinki-based utility serves two million homes.");
        g.fact("Helsinki", LOCATION, LOCATED_IN, "Finland", LOCATION, POSITIVE, ASSERTED, null, "d1", 0.95,
                "Shares rose in Helsinki, Finland, after the announcement.");
        g.fact("Nordlys Energy", ORGANIZATION, OWNS, "Kalev Power", ORGANIZATION, POSITIVE, HYPOTHETICAL, null, "d1", 0.82,
                "Nordlys Energy agreed on Monday to buy the Estonian grid operator Kalev Power.");
        g.fact("Peeter Kask", PERSON, LEADS, "Kalev Power", ORGANIZATION, POSITIVE, ASSERTED, null, "d1", 0.9,
                "Kalev Power chairman Peeter Kask welcomed the offer.");
        g.fact("Peeter Kask", PERSON, PRAISED, "Nordlys Energy", ORGANIZATION, POSITIVE, ASSERTED, null, "d1", 0.71,
                "Kask praised Nordlys for keeping all Estonian jobs.");
        g.fact("Kalev Power", ORGANIZATION, LOCATED_IN, "Tallinn", LOCATION, POSITIVE, ASSERTED, null, "d2", 0.88,
                "Kalev Power, which is based in Tallinn, runs most of the country's high-voltage lines.");
        g.fact("Tallinn", LOCATION, LOCATED_IN, "Estonia", LOCATION, POSITIVE, ASSERTED, null, "d2", 0.95,
                "Regulators in Tallinn, Estonia, opened a review on Wednesday.");
        g.fact("Kalev Power", ORGANIZATION, OPERATES, "EstLink 3", PRODUCT, POSITIVE, ASSERTED, null, "d2", 0.77,
                "Kalev Power operates the EstLink 3 undersea cable.");
        g.fact("Kristi Tamm", PERSON, LEADS, "Estonian Competition Authority", ORGANIZATION, POSITIVE, ASSERTED, null, "d2", 0.89,
                "Kristi Tamm, head of the Estonian Competition Authority, asked for more time.");
        g.fact("Estonian Competition Authority", ORGANIZATION, THREATENED, "Nordlys Energy", ORGANIZATION, POSITIVE, HYPOTHETICAL, null, "d2", 0.66,
                "The authority could block the takeover if prices rise.");
        g.fact("Estonian Competition Authority", ORGANIZATION, SANCTIONED, "Kalev Power", ORGANIZATION, NEGATIVE, ASSERTED, null, "d2", 0.74,
                "The authority did not fine Kalev Power for the delayed filing.");
        g.fact("Baltic Grid Watch", ORGANIZATION, CRITICIZED, "Kalev Power", ORGANIZATION, POSITIVE, REPORTED, "Samir Haddad", "d2", 0.69,
                "Analyst Samir Haddad said Kalev Power had underinvested in the grid for years.");
        g.fact("Samir Haddad", PERSON, WORKS_FOR, "Baltic Grid Watch", ORGANIZATION, POSITIVE, ASSERTED, null, "d2", 0.86,
                "Samir Haddad, an analyst at Baltic Grid Watch, follows the sector.");
        g.fact("Nordlys Energy", ORGANIZATION, REFUSED, "Baltic Grid Watch", ORGANIZATION, POSITIVE, ASSERTED, null, "d2", 0.62,
                "Nordlys Energy declined a request from Baltic Grid Watch to publish its investment plan.");
        g.fact("European Commission", ORGANIZATION, REQUESTED, "Nordlys Energy", ORGANIZATION, POSITIVE, ASSERTED, null, "d2", 0.79,
                "The European Commission asked Nordlys Energy for documents on the deal.");
        g.fact("European Commission", ORGANIZATION, LOCATED_IN, "Brussels", LOCATION, POSITIVE, ASSERTED, null, "d2", 0.9,
                "Officials in Brussels will decide by June.");
        g.fact("Aino Virtanen", PERSON, MET_WITH, "Kristi Tamm", PERSON, POSITIVE, ASSERTED, null, "d3", 0.91,
                "Finnish energy minister Aino Virtanen met Kristi Tamm on the sidelines of the summit.");
        g.evidence("d2", 0.72, "Tamm is expected to meet Virtanen next month, officials said.");
        g.fact("Aino Virtanen", PERSON, CITIZEN_OF, "Finland", LOCATION, POSITIVE, ASSERTED, null, "d3", 0.7,
                "Finnish energy minister Aino Virtanen opened the second day.");
        g.fact("Aino Virtanen", PERSON, SUPPORTED, "Nordlys Energy", ORGANIZATION, POSITIVE, REPORTED, "Finnish officials", "d3", 0.64,
                "Finnish officials said Virtanen backs the Nordlys bid.");
        g.fact("Maria Lindqvist", PERSON, MET_WITH, "Aino Virtanen", PERSON, POSITIVE, ASSERTED, null, "d3", 0.83,
                "Lindqvist and Virtanen held talks over lunch.");
        g.fact("Baltic Energy Summit", EVENT, LOCATED_IN, "Tallinn", LOCATION, POSITIVE, ASSERTED, null, "d3", 0.87,
                "The Baltic Energy Summit took place in Tallinn this week.");
        g.fact("Oskar Nyman", PERSON, INTERVIEWED, "Maria Lindqvist", PERSON, POSITIVE, ASSERTED, null, "d3", 0.76,
                "Lindqvist told reporter Oskar Nyman in an interview that prices would not rise.");
        g.fact("Tom O'Neil", PERSON, LEADS, "Riverton City Council", ORGANIZATION, POSITIVE, ASSERTED, null, "d4", 0.88,
                "Mayor Tom O'Neil chairs the Riverton City Council.");
        g.fact("Riverton City Council", ORGANIZATION, LOCATED_IN, "Riverton", LOCATION, POSITIVE, ASSERTED, null, "d4", 0.8,
                "The council meets in Riverton's old town hall.");
        g.fact("Tom O'Neil", PERSON, MET_WITH, "Riverton Transit Workers Union", ORGANIZATION, POSITIVE, ASSERTED, null, "d4", 0.9,
                "O'Neil met with union leaders on Friday.");
        g.fact("Lena Holm", PERSON, LEADS, "Riverton Transit Workers Union", ORGANIZATION, POSITIVE, ASSERTED, null, "d4", 0.87,
                "Union leader Lena Holm spoke after the meeting.");
        g.fact("Riverton Transit Workers Union", ORGANIZATION, THREATENED, "Riverton City Council", ORGANIZATION, POSITIVE, HYPOTHETICAL, null, "d4", 0.73,
                "If the council cuts night routes, the union would strike.");
        g.fact("Tom O'Neil", PERSON, COMMUNICATED_WITH, "Riverton", LOCATION, NEGATIVE, REPORTED, "Critics", "d4", 0.58,
                "Critics said O'Neil had not consulted residents.");
        g.fact("Lena Holm", PERSON, CRITICIZED, "Tom O'Neil", PERSON, POSITIVE, ASSERTED, null, "d4", 0.81,
                "Holm accused O'Neil of ignoring drivers.");
        g.fact("Nordlys Energy", ORGANIZATION, CONTRACTS_WITH, "Riverton City Council", ORGANIZATION, POSITIVE, REPORTED, "the Courier", "d4", 0.61,
                "The council buys its electricity from Nordlys Energy, the Courier reported.");
        return new Graph(g.articles, List.copyOf(g.entities.values()), g.facts, List.of());
    }

    private void article(String id, String title, String source, String date) {
        articles.add(new Article(id, title, source, date, "https://example.org/demo/" + id, null, null, ""));
    }

    private String entity(String name, EntityType type, String article) {
        String id = Ids.entityId(type, name);
        Entity old = entities.get(id);
        List<String> in = new ArrayList<>(old == null ? List.of() : old.articles());
        if (!in.contains(article)) {
            in.add(article);
        }
        List<String> aliases = type == PERSON ? List.of(name, name.substring(name.lastIndexOf(' ') + 1)) : List.of(name);
        entities.put(id, new Entity(id, name, type, aliases, (old == null ? 0 : old.mentions()) + 1, in));
        return id;
    }

    private void fact(String subject, EntityType st, Predicate p, String object, EntityType ot, Polarity polarity,
                      Modality modality, String attributedTo, String article, double confidence, String sentence) {
        String s = entity(subject, st, article);
        String o = entity(object, ot, article);
        Evidence ev = new Evidence(article, facts.size(), 0, sentence.length(), sentence, "verb-frame", confidence);
        facts.add(new Fact("fact/demo-" + facts.size(), subject, p, object, s, o, polarity, modality, attributedTo,
                null, articles.stream().filter(a -> a.id().equals(article)).findFirst().orElseThrow().published(), null, List.of(ev)));
    }

    /** A second sentence for the last fact, from another article. */
    private void evidence(String article, double confidence, String sentence) {
        Fact last = facts.remove(facts.size() - 1);
        List<Evidence> all = new ArrayList<>(last.evidence());
        all.add(new Evidence(article, 4, 0, sentence.length(), sentence, "verb-frame", confidence));
        facts.add(new Fact(last.id(), last.subject(), last.predicate(), last.object(), last.subjectId(), last.objectId(),
                last.polarity(), last.modality(), last.attributedTo(), last.event(), last.date(), last.role(), all));
    }
}
