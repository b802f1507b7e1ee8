package io.newsgraph.sink.map;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Graphs for map tests beyond TestGraphs.small(): hostile text everywhere, and a large graph. */
final class MapTestGraphs {
    static final String IMG_NAME = "<img src=x onerror=\"window.__pwned=1\">Eve";
    static final String SCRIPT_SENTENCE = "She wrote </script><script>window.__pwned=2</script> and <!-- then \u2028 left.";

    private MapTestGraphs() {
    }

    /** TestGraphs.small() plus markup in a name, a sentence that tries to close the data block, and a javascript: link. */
    static Graph hostile() {
        Graph small = TestGraphs.small();
        List<Article> articles = new ArrayList<>(small.articles());
        articles.add(new Article("fx-666", "<b onmouseover=\"window.__pwned=4\">Bold</b> title", "Evil & Co",
                "2025-05-01", "javascript:window.__pwned=3", null, null, SCRIPT_SENTENCE));
        List<Entity> entities = new ArrayList<>(small.entities());
        entities.add(new Entity("person/eve", IMG_NAME, EntityType.PERSON, List.of("Eve"), 1, List.of("fx-666")));
        List<Fact> facts = new ArrayList<>(small.facts());
        facts.add(new Fact("fact/fx-666-0", IMG_NAME, Predicate.THREATENED, "Tom O'Neil", "person/eve",
                "person/tom-o-neil", Polarity.POSITIVE, Modality.ASSERTED, null, null, null, null,
                List.of(new Evidence("fx-666", 0, 0, SCRIPT_SENTENCE.length(), SCRIPT_SENTENCE, "verb-frame", 0.7))));
        return new Graph(articles, entities, facts, small.events());
    }

    /**
     * One cluster as dense as a story's cast: a hub linked to {@code n} entities with names of two
     * to four words, each also linked to its next and third-next neighbour.
     */
    static Graph denseCluster(int n) {
        String[] words = {"Harbour", "Northern", "Fisheries", "Board", "Valley", "Grain", "Union", "Council", "Coastal",
                "Energy", "Trust", "Riverton", "Shipping", "Line", "Mining", "Group"};
        String text = "A dense cluster for the map test.";
        Article article = new Article("dense", "Dense cluster", "Test Wire", "2025-02-02", null, null, null, text);
        List<Entity> entities = new ArrayList<>();
        entities.add(new Entity("organization/hub", "Ministry of Coastal Affairs", EntityType.ORGANIZATION, List.of(), 1,
                List.of("dense")));
        for (int i = 0; i < n; i++) {
            StringBuilder name = new StringBuilder(words[i % words.length]);
            for (int w = 1; w < 2 + i % 3; w++) {
                name.append(' ').append(words[(i * 7 + w * 5) % words.length]);
            }
            entities.add(new Entity("organization/d" + i, name + " " + i, EntityType.ORGANIZATION, List.of(), 1, List.of("dense")));
        }
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            facts.add(denseFact("organization/hub", "organization/d" + i, entities, text));
            facts.add(denseFact("organization/d" + i, "organization/d" + ((i + 1) % n), entities, text));
            facts.add(denseFact("organization/d" + i, "organization/d" + ((i + 3) % n), entities, text));
        }
        return new Graph(List.of(article), entities, facts, List.of());
    }

    private static Fact denseFact(String subjectId, String objectId, List<Entity> entities, String text) {
        String subject = entities.stream().filter(e -> e.id().equals(subjectId)).findFirst().orElseThrow().name();
        String object = entities.stream().filter(e -> e.id().equals(objectId)).findFirst().orElseThrow().name();
        return new Fact("fact/" + subjectId + "-" + objectId, subject, Predicate.CONTRACTS_WITH, object, subjectId, objectId,
                Polarity.POSITIVE, Modality.ASSERTED, null, null, null, null,
                List.of(new Evidence("dense", 0, 0, text.length(), text, "verb-frame", 0.8)));
    }

    /**
     * {@code base} plus {@code count} entities that are only mentioned, in no fact, of every type
     * and with names from two letters to past the 40 characters the map shows.
     */
    static Graph withFactless(Graph base, int count) {
        String[] words = {"North", "Atlantic", "Fisheries", "Cooperative", "of", "Greater", "Riverton", "Valley",
                "Board", "Kristiansund", "Port", "Authority", "and", "Harbour", "Trust", "Ltd"};
        EntityType[] types = EntityType.values();
        String article = base.articles().get(0).id();
        List<Entity> entities = new ArrayList<>(base.entities());
        for (int k = 0; k < count; k++) {
            int length = k % 7 == 0 ? 0 : 1 + (k * 5) % 9;
            StringBuilder name = new StringBuilder(k % 7 == 0 ? "Q" + k : words[k % words.length]);
            for (int w = 1; w < length; w++) {
                name.append(' ').append(words[(k + 3 * w) % words.length]);
            }
            EntityType t = types[k % types.length];
            entities.add(new Entity(t.idPrefix() + "/loose-" + k, name.toString(), t, List.of("loose" + k), 1,
                    List.of(article)));
        }
        return new Graph(base.articles(), entities, base.facts(), base.events());
    }

    /**
     * A made-up graph of {@code n} entities in communities of about twenty, mostly linked
     * inside their community, as news graphs are; every modality and polarity occurs.
     */
    static Graph generated(int n, long seed) {
        Random random = new Random(seed);
        EntityType[] types = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.PERSON,
                EntityType.ORGANIZATION, EntityType.PRODUCT, EntityType.EVENT, EntityType.OTHER};
        Predicate[] predicates = Predicate.values();
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < 25; a++) {
            articles.add(new Article(String.format("g%03d", a), "Generated report " + a, "Test Wire",
                    "2025-01-" + String.format("%02d", 1 + a), "https://example.org/g/" + a, null, null, ""));
        }
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EntityType t = types[random.nextInt(types.length)];
            String article = articles.get((i / 20) % articles.size()).id();
            entities.add(new Entity(t.idPrefix() + "/g" + i, t.label() + " " + i, t, List.of("alias" + i), 1 + random.nextInt(5),
                    List.of(article)));
        }
        List<Fact> facts = new ArrayList<>();
        int edges = n * 3 / 2;
        for (int k = 0; k < edges; k++) {
            int s = random.nextInt(n);
            int community = s / 20;
            int o = random.nextDouble() < 0.9
                    ? Math.min(n - 1, community * 20 + random.nextInt(20))
                    : random.nextInt(n);
            if (o == s) {
                o = (s + 1) % n;
            }
            Entity subject = entities.get(s);
            Entity object = entities.get(o);
            String article = subject.articles().get(0);
            String sentence = subject.name() + " and " + object.name() + " appear in sentence " + k + ".";
            double confidence = Math.round((0.3 + 0.7 * random.nextDouble()) * 100) / 100.0;
            Polarity polarity = random.nextDouble() < 0.1 ? Polarity.NEGATIVE : Polarity.POSITIVE;
            double m = random.nextDouble();
            Modality modality = m < 0.75 ? Modality.ASSERTED : m < 0.9 ? Modality.REPORTED : Modality.HYPOTHETICAL;
            facts.add(new Fact("fact/g" + k, subject.name(), predicates[random.nextInt(predicates.length)], object.name(),
                    subject.id(), object.id(), polarity, modality, null, null, null, null,
                    List.of(new Evidence(article, k, 0, sentence.length(), sentence, "generator", confidence))));
        }
        return new Graph(articles, entities, facts, List.of());
    }
    /**
     * Four facts for the timeline: "met" on 2024-03-05 (its article's date), "hired" on 2024-04-10
     * (the fact's own date, its article has none), "supplied" on 2024-03-05 and 2024-06-20 (one
     * sentence carries its own date) and "praised", with no date anywhere.
     */
    static Graph dated() {
        String text = "Sentences for the timeline test.";
        List<Article> articles = List.of(
                new Article("t-mar", "March report", "Test Wire", "2024-03-05", null, null, null, text),
                new Article("t-jun", "June report", "Test Wire", "2024-06", null, null, null, text),
                new Article("t-none", "Undated note", "Test Wire", null, null, null, null, text));
        List<Entity> entities = new ArrayList<>();
        for (String name : List.of("Ada Quill", "Bram Otter", "Cora Vance", "Dov Marsh", "Elin Frost")) {
            entities.add(new Entity("person/" + name.toLowerCase().replace(' ', '-'), name, EntityType.PERSON, List.of(), 1,
                    List.of("t-mar")));
        }
        List<Fact> facts = List.of(
                datedFact("met", entities.get(0), Predicate.MET_WITH, entities.get(1), null,
                        new Evidence("t-mar", 0, 0, text.length(), text, "verb-frame", 0.8)),
                datedFact("hired", entities.get(1), Predicate.WORKS_FOR, entities.get(2), "2024-04-10",
                        new Evidence("t-none", 0, 0, text.length(), text, "verb-frame", 0.8)),
                datedFact("supplied", entities.get(2), Predicate.PROVIDED, entities.get(3), null,
                        new Evidence("t-mar", 1, 0, text.length(), text, "verb-frame", 0.8),
                        new Evidence("t-jun", 0, 0, text.length(), text, "verb-frame", 0.8, null, "2024-06-20")),
                datedFact("praised", entities.get(3), Predicate.PRAISED, entities.get(4), null,
                        new Evidence("t-none", 1, 0, text.length(), text, "verb-frame", 0.8)));
        return new Graph(articles, entities, facts, List.of());
    }

    private static Fact datedFact(String id, Entity subject, Predicate predicate, Entity object, String date, Evidence... evidence) {
        return new Fact("fact/" + id, subject.name(), predicate, object.name(), subject.id(), object.id(),
                Polarity.POSITIVE, Modality.ASSERTED, null, null, date, null, List.of(evidence));
    }
}
