package io.newsgraph.sink;

import io.newsgraph.model.stream.AtomicFile;
import io.newsgraph.model.stream.GraphCollector;
import io.newsgraph.model.stream.GraphSink;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import io.newsgraph.sink.map.MapExporter;
import io.newsgraph.sink.map.MapFormat;
import io.newsgraph.sink.map.MapOptions;
import io.newsgraph.sink.neo4j.Neo4jGraphReader;
import io.newsgraph.sink.neo4j.Neo4jLoader;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import io.newsgraph.sink.neo4j.TestNeo4j;
import io.newsgraph.sink.rdf.IriMinter;
import io.newsgraph.sink.rdf.RdfExport;
import io.newsgraph.sink.rdf.RdfFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile names (quotes, backticks, braces, angle brackets, script end tags, Cypher injection
 * attempts, emoji, right-to-left text, control characters) go through Neo4j, RDF and the map
 * and come back exactly: no query is built from data, no output format is broken by it.
 */
class HostileNamesIT {
    private static Path dir;
    private static Neo4jTarget neo4j;
    private static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);

    @BeforeContainer
    static void start() throws IOException {
        dir = Files.createTempDirectory("hostile-names");
        neo4j = TestNeo4j.start(dir.resolve("data"));
    }

    @AfterContainer
    static void stop() throws IOException {
        if (neo4j != null) {
            neo4j.close();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> attacks = Arbitraries.of(
                "'}) DETACH DELETE n //", "\"}) MATCH (n) DETACH DELETE n //", "` DETACH DELETE n //",
                "$rows", "${jndi:ldap://x}", "</script><script>alert(1)</script>", "<!--", "]]>", "{{DATA}}",
                "O'Brien", "\"Big\" Tony", "`Ace`", "{Open}", "<b>bold</b>", "a\\b\\\\c", "\\u0000", "@graph",
                "\uD83D\uDE80\uD83C\uDDFA\uD83C\uDDE6", "\u0645\u062d\u0645\u062f \u0639\u0644\u064a",
                "\u05d3\u05d5\u05d3 \u200f\u05db\u05d4\u05df", "\u202eevil\u202c", "tab\there", "line\u2028sep",
                "bell\u0007", "esc\u001b[31m", "\u00e9\u0301", "\uFEFFbom");
        Arbitrary<String> noise = Arbitraries.strings()
                .withChars("'\"`{}[]<>/\\$;:&#%\n\r\t\u0001\u007f\u00a0\u2028")
                .withCharRange('a', 'z').withCharRange('\u0590', '\u05ff').ofMinLength(0).ofMaxLength(12);
        return Combinators.combine(noise, attacks, noise).as((a, b, c) -> a + b + c);
    }

    @Property(tries = 50)
    void hostileNamesRoundTripThroughNeo4jRdfAndTheMap(@ForAll("hostile") String person,
                                                       @ForAll("hostile") String organisation,
                                                       @ForAll("hostile") String title) throws IOException {
        Graph graph = graph(person, organisation, title);

        TestNeo4j.wipe(neo4j);
        Neo4jLoader.load(neo4j, graph);
        GraphCollector back = new GraphCollector();
        Neo4jGraphReader.from(neo4j).read(back);
        Graph read = back.graph();
        assertThat(read.entities()).extracting(Entity::name).containsExactlyInAnyOrder(person, organisation);
        assertThat(read.entities()).flatExtracting(Entity::aliases).contains(person, organisation);
        assertThat(read.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo(title);
            assertThat(a.text()).isEqualTo(graph.articles().get(0).text());
        });
        assertThat(read.facts()).singleElement().satisfies(f -> {
            assertThat(f.evidence()).extracting(Evidence::text).containsExactly(graph.facts().get(0).evidence().get(0).text());
            assertThat(f.attributedTo()).isEqualTo(title);
        });
        assertThat(TestNeo4j.nodes(neo4j)).isEqualTo(3);

        Set<String> literals = rdfLiterals(graph);
        assertThat(literals).contains(rdfForm(person), rdfForm(organisation), rdfForm(title));

        JsonNode data = mapData(graph);
        Set<String> names = new HashSet<>();
        data.path("nodes").forEach(n -> names.add(n.path("name").asText()));
        assertThat(names).contains(person, organisation);
        assertThat(data.path("articles").path("hostile-article").path("title").asText()).isEqualTo(title);
    }

    private static Graph graph(String person, String organisation, String title) {
        String sentence = person + " met " + organisation + ".";
        String text = title + "\n\n" + sentence;
        int start = text.indexOf(sentence);
        Article article = new Article("hostile-article", title, "Wire " + organisation, "2024-05-01",
                "https://example.org/a?q=" + person.hashCode(), person, "in/hostile.txt", text);
        Entity p = new Entity("person/hostile-p", person, EntityType.PERSON, List.of(person), 1, List.of(article.id()));
        Entity o = new Entity("organization/hostile-o", organisation, EntityType.ORGANIZATION, List.of(organisation), 1,
                List.of(article.id()));
        Evidence ev = new Evidence(article.id(), 1, start, start + sentence.length(), sentence, "hostile-test", 0.9);
        Fact f = new Fact("fact/hostile-1", person, Predicate.MET_WITH, organisation, p.id(), o.id(), Polarity.POSITIVE,
                Modality.REPORTED, title, null, null, null, List.of(ev));
        return new Graph(List.of(article), List.of(p, o), List.of(f), List.of());
    }

    private static Set<String> rdfLiterals(Graph graph) {
        Set<String> literals = new HashSet<>();
        for (RdfFormat format : List.of(RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.RDFXML)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RdfExport.write(sink -> GraphSink.replay(graph, sink), format, IRIS, out);
            Dataset ds = DatasetFactory.create();
            RDFParser.source(new java.io.ByteArrayInputStream(out.toByteArray())).lang(format.lang()).parse(ds);
            Set<String> these = new HashSet<>();
            ds.asDatasetGraph().find().forEachRemaining((Quad q) -> {
                if (q.getObject().isLiteral()) {
                    these.add(q.getObject().getLiteralLexicalForm());
                }
            });
            if (literals.isEmpty()) {
                literals.addAll(these);
            } else {
                assertThat(these).as(format + " literals equal the Turtle ones").containsAll(literals);
            }
        }
        return literals;
    }

    private static final Pattern DATA = Pattern.compile(
            "<script id=\"graph-data\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL);

    private static JsonNode mapData(Graph graph) throws IOException {
        StringWriter html = new StringWriter();
        MapExporter.render(graph, MapFormat.HTML, MapOptions.whole(), html);
        Matcher m = DATA.matcher(html.toString());
        assertThat(m.find()).isTrue();
        return new ObjectMapper().readTree(m.group(1));
    }

    /** RDF literals carry no C0 controls but tab and line breaks (XML 1.0 forbids them): they become U+FFFD. */
    static String rdfForm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().forEach(c -> b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : (char) c));
        return b.toString();
    }
}
