package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.sink.neo4j.EmbeddedSettings;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import io.newsgraph.sink.neo4j.TestNeo4j;
import io.newsgraph.sink.rdf.RdfValidator;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One 'newsgraph run' over a folder of more than thirty kinds of bad input beside two good
 * articles: each bad input gets one line on stderr naming it, the good ones are extracted,
 * loaded into Neo4j and written to facts.jsonl, RDF and the map, the exit code is 1 and no
 * stack trace is shown. A few small runs cover the other exit codes.
 */
class BadInputIT {
    private static final String GOOD_1 = """
            Harbour Board Approves New Ferry Route

            Maria Lindqvist, the chair of the Harbour Board, announced on Monday that the board approved a new ferry route between Portvale and Eastwick.
            The ferry company Northwind Shipping will run the route from June, Lindqvist said.
            """;
    private static final String GOOD_2 = """
            ---
            title: University Opens Robotics Lab
            published: 2024-03-12
            ---
            Professor Daniel Okafor opened a robotics laboratory at Greenfield University in Manchester on Tuesday.
            Okafor said the lab will train two hundred students a year.
            """;

    /** Written with CRLF line ends in the bad folder, with LF in the good-only one. */
    private static final String GOOD_CRLF = """
            Lighthouse Keeper Retires

            Agnes Pettersen, the chair of the Skarvik Lighthouse Trust, announced on Friday that she will retire in May.
            The trust will appoint Henrik Dahl as the new keeper, Pettersen said.
            """;
    /** Written with zero-width and direction characters in the bad folder, without them in the good-only one. */
    private static final String GOOD_HIDDEN = """
            Orchestra Names Conductor

            The Baltic Symphony Orchestra named Tomas Varga as its chief conductor on Wednesday in Riga.
            Varga will lead the orchestra from September, the board said.
            """;
    /** The articles the comparison with a run on the good files alone covers. */
    static final List<String> COMPARED = List.of("good-ferry", "good-robotics", "good-crlf", "good-hidden");

    @TempDir
    static Path dir;
    static Path in;
    static Path outDir;
    static Path dataDir;
    static CliRun run;
    /** 'extract' over the good files alone, written the plain way. */
    static CliRun goodOnly;
    static Path goodOnlyFacts;
    /** Inputs expected to be skipped or warned about: each must be named on a line of stderr. */
    static final List<String> named = new ArrayList<>();
    /** Odd but valid inputs: each must become an article in Neo4j. */
    static final List<String> readAnyway = new ArrayList<>();

    @BeforeAll
    static void runOverTheBadFolder() throws Exception {
        in = Files.createDirectories(dir.resolve("in"));
        outDir = dir.resolve("out");
        dataDir = dir.resolve("data");
        Files.writeString(in.resolve("good-ferry.txt"), GOOD_1);
        Files.writeString(in.resolve("good-robotics.md"), GOOD_2);
        Files.writeString(in.resolve("good-crlf.txt"), GOOD_CRLF.replace("\n", "\r\n"));
        Files.writeString(in.resolve("good-hidden.txt"), GOOD_HIDDEN.replace("Tomas", "\u200BTomas\u200F")
                .replace("Riga", "\u202ERiga\u202C").replace("Baltic", "Bal\u00ADtic"));
        writeBadInputs();
        run = CliRun.of("run", in.toString(), "-o", outDir.toString(), "--data", dataDir.toString(),
                "--bolt-port", "0", "--http-port", "0");
        Path good = Files.createDirectories(dir.resolve("good-only"));
        Files.writeString(good.resolve("good-ferry.txt"), GOOD_1);
        Files.writeString(good.resolve("good-robotics.md"), GOOD_2);
        Files.writeString(good.resolve("good-crlf.txt"), GOOD_CRLF);
        Files.writeString(good.resolve("good-hidden.txt"), GOOD_HIDDEN);
        goodOnlyFacts = dir.resolve("good-only.jsonl");
        goodOnly = CliRun.of("extract", good.toString(), "-o", goodOnlyFacts.toString());
    }

    private static void bad(String name, byte[] content) throws IOException {
        Files.write(in.resolve(name), content);
        named.add(name);
    }

    private static void bad(String name, String content) throws IOException {
        bad(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void odd(String name, String content) throws IOException {
        Files.writeString(in.resolve(name), content);
        readAnyway.add(name.substring(0, name.lastIndexOf('.')));
    }

    private static void writeBadInputs() throws IOException {
        bad("empty.txt", "");
        bad("whitespace.md", "  \n\t\n   \n");
        bad("report.txt", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >>\n".getBytes(StandardCharsets.ISO_8859_1));
        bad("report.pdf.txt", new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', (byte) 0xE2, 0, 1, 2});
        bad("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        bad("archive.txt", zipBytes());
        bad("nul-bytes.txt", "Text\u0000with\u0000NUL".getBytes(StandardCharsets.ISO_8859_1));
        bad("latin1.txt", "Caf\u00e9 Owners Protest\n\nThe caf\u00e9 owners marched on Monday in Lyon.\n"
                .getBytes(Charset.forName("windows-1252")));
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.write("Mixed Encodings\n\nThe Z\u00fcrich council met. ".getBytes(StandardCharsets.UTF_8));
        mixed.write("The caf\u00e9 closed.\n".getBytes(Charset.forName("windows-1252")));
        bad("mixed-encodings.txt", mixed.toByteArray());
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write("Bern Votes\n\nVoters in Bern approved the new tram line on Sunday.\n".getBytes(StandardCharsets.UTF_16LE));
        Files.write(in.resolve("utf16-bom.txt"), utf16.toByteArray());
        readAnyway.add("utf16-bom");
        named.add("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            f.write("Huge Article\n\nIt starts like an article.\n".getBytes(StandardCharsets.UTF_8));
            f.setLength(50L * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
        }
        // A 43k-character line of 1,600 sentences, over twice CoreNLP's whole-text limit: annotated in
        // pieces, it is read like any article (LongArticleIT measures the heap of longer ones).
        odd("long-line.txt", "Rain fell again and again. ".repeat(1_600).strip() + "\n");
        bad("deep.html", "<html><head><title>Deep</title></head><body>" + "<div>".repeat(5_000)
                + "<p>Nested paragraph.</p>" + "</div>".repeat(10) + "<span><b><i>broken</p></i>");
        bad("broken.html", "<html><head><title>Broken page</head><body><p>The mayor of Dover <b>spoke<p>");
        bad("no-body.html", "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a>"
                + "<a href='/b'>Blog</a></nav><footer>Contact us</footer></body></html>");
        bad("front-matter.md", "---\ntitle: [unclosed\npublished: : :\n---\nThe council met on Friday in Leeds.\n");
        bad("unclosed-front-matter.md", "---\ntitle: Never closed\nThe council met on Friday in York.\n");
        bad("corpus-malformed.jsonl", """
                {"id":"c-ok-1","title":"Bridge Reopens","text":"The old bridge in Bristol reopened on Monday."}
                {"id":"c-broken","text":"cut off
                not json at all
                {"id":"c-missing-text","title":"No text"}
                {"id":"c-wrong-type","title":"Numbers","text":12345}
                {"id":["array"],"title":"Wrong id type","text":"An id that is a list."}
                {"id":"c-dup","title":"Same id A","text":"The first story about the harbour in Cork."}
                {"id":"c-dup","title":"Same id B","text":"The second story about the airport in Cork."}
                [1,2,3]
                """);
        bad("corpus-array.jsonl", "[{\"id\":\"x\",\"text\":\"An array, not lines.\"}]\n");
        bad("corpus-gzip.jsonl.gz", "this is not gzip".getBytes(StandardCharsets.US_ASCII));
        bad("furniture.txt", "Advertisement\n\nSkip to content\n\n5 min read\n");
        bad("cover.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        Files.createSymbolicLink(in.resolve("loop"), in);
        named.add("loop");
        Files.createSymbolicLink(in.resolve("cycle-a.txt"), in.resolve("cycle-b.txt"));
        Files.createSymbolicLink(in.resolve("cycle-b.txt"), in.resolve("cycle-a.txt"));
        named.add("cycle-a.txt");
        named.add("cycle-b.txt");
        Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("nowhere.txt"));
        named.add("dangling.txt");
        // Root reads every file whatever its mode: a named pipe stands in for an input that cannot be read.
        Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
        try {
            assertThat(mkfifo.waitFor()).isZero();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        named.add("pipe.txt");
        odd("russian.txt", "\u0412\u044b\u0431\u043e\u0440\u044b \u0432 \u041c\u043e\u0441\u043a\u0432\u0435\n\n"
                + "\u0416\u0438\u0442\u0435\u043b\u0438 \u0433\u043e\u0440\u043e\u0434\u0430 \u0433\u043e\u043b\u043e\u0441\u043e\u0432\u0430\u043b\u0438 \u0432 \u0432\u043e\u0441\u043a\u0440\u0435\u0441\u0435\u043d\u044c\u0435.\n");
        odd("japanese.txt", "\u6771\u4eac\u3067\u65b0\u3057\u3044\u99c5\u304c\u958b\u696d\u3057\u305f\u3002\n");
        odd("no-entities.txt", "Weather Today\n\nIt was cold and then it was warm. Nobody knew why it changed so fast.\n");
        odd("quotes.txt", "Quote Names\n\nJames O'Brien met \"Big\" Tony Ferraro at O'Hare Airport on Monday.\n");
        odd("backticks.txt", "Code Names\n\nThe firm `Rm -Rf` Labs hired Anna `Ace` Kowalski in Warsaw.\n");
        odd("braces.txt", "Brace Names\n\nThe group {Open} Data Foundation met Peter {Pan} Miller in Oslo.\n");
        odd("angle.txt", "Angle Names\n\nThe band <Script> and </script> Holdings signed Laura <b>Smith</b> in Dublin.\n");
        odd("emoji.txt", "Emoji Names\n\nThe caf\u00e9 \uD83C\uDF69 Donut Kings hired Sam \uD83D\uDE80 Rivera in Austin on Friday.\n");
        odd("rtl.txt", "RTL Names\n\nThe mayor \u05d3\u05d5\u05d3 \u05db\u05d4\u05df met \u0645\u062d\u0645\u062f \u0639\u0644\u064a in Haifa on Sunday.\n");
        odd("injection.txt", "Injection Names\n\nThe company '}) DETACH DELETE n // Ltd hired Bobby Tables in Denver.\n");
        ByteArrayOutputStream noBom = new ByteArrayOutputStream();
        noBom.write("Geneva Budget\n\nThe Geneva city council passed its budget on Thursday.\n".getBytes(StandardCharsets.UTF_16LE));
        Files.write(in.resolve("utf16-no-bom.txt"), noBom.toByteArray());
        named.add("utf16-no-bom.txt"); // a warning naming it, and read anyway
        readAnyway.add("utf16-no-bom");
        writeHugeJsonLine(in.resolve("huge-line.jsonl"));
        named.add("huge-line.jsonl");
        Path locked = Files.writeString(in.resolve("locked.txt"), "Locked Story\n\nNobody may read this file.\n");
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(locked)) {
            // Root reads any file whatever its mode: the named pipe above stands in for it.
            System.out.println("BadInputIT: running as root, so locked.txt is readable; its case is skipped");
            Files.delete(locked);
        } else {
            named.add("locked.txt");
        }
        bad("control-chars.txt", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f".repeat(20));
        Files.createDirectories(in.resolve("empty-folder"));
    }

    /** A 20 MB JSON line, written in pieces (never held), then a good line that must still be read. */
    private static void writeHugeJsonLine(Path corpus) throws IOException {
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(corpus), 1 << 16)) {
            out.write("{\"id\": \"huge-line\", \"text\": \"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "The tide came in. ".repeat(1_000).getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < 20L * 1024 * 1024; n += chunk.length) {
                out.write(chunk);
            }
            out.write(("\"}\n{\"id\": \"after-huge-line\", \"title\": \"Pier Opens\", "
                    + "\"text\": \"The new pier in Brighton opened on Saturday.\"}\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static byte[] zipBytes() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("story.txt"));
            z.write("A story inside a zip.".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return b.toByteArray();
    }

    @Test
    void exitsWithOneAndNoStackTrace() {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        String all = run.out() + run.err();
        assertThat(all).doesNotContain("\tat ").doesNotContainPattern("[A-Z][A-Za-z]+Exception")
                .doesNotContain("internal error");
        assertThat(named.size() + readAnyway.size()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void everyBadInputIsNamedOnOneLine() {
        List<String> lines = run.err().lines().toList();
        for (String name : named) {
            assertThat(lines).as("a line naming " + name + " in\n" + run.err())
                    .anyMatch(l -> l.contains(in.resolve(name).toString()) && l.length() < 400);
        }
        for (String name : named) {
            if (!name.contains(".jsonl")) {
                assertThat(lines.stream().filter(l -> l.startsWith(in.resolve(name) + ": ")))
                        .as("one line starting with " + name + " in\n" + run.err()).hasSize(1);
            }
        }
        assertThat(lines).anyMatch(l -> l.startsWith(in.resolve("corpus-malformed.jsonl") + ":2: "));
        assertThat(lines).anyMatch(l -> l.startsWith(in.resolve("corpus-malformed.jsonl") + ":4: "));
        assertThat(lines).anyMatch(l -> l.startsWith(in.resolve("corpus-malformed.jsonl") + ":5: "));
        assertThat(lines).anyMatch(l -> l.startsWith(in.resolve("corpus-malformed.jsonl") + ":8: "));
        assertThat(lines).anyMatch(l -> l.contains("huge.txt") && l.contains("too large"));
        assertThat(lines).noneMatch(l -> l.contains("long-line.txt"));
        assertThat(lines).anyMatch(l -> l.startsWith(in.resolve("huge-line.jsonl") + ":1: too large (20.0 MB"));
        assertThat(lines).noneMatch(l -> l.contains("good-") || l.contains(in.resolve("huge-line.jsonl") + ":2"));
    }

    @Test
    void theGoodArticlesAreLoadedIntoNeo4j() {
        try (Neo4jTarget neo4j = Neo4jTarget.embedded(EmbeddedSettings.loopback(dataDir, 0, 0))) {
            List<String> ids = TestNeo4j.query(neo4j, "MATCH (a:Article) RETURN a.id AS id ORDER BY id", Map.of())
                    .stream().map(r -> r.get("id").asString()).toList();
            assertThat(ids).contains("good-ferry", "good-robotics", "c-ok-1", "c-dup", "after-huge-line")
                    .containsAll(COMPARED).doesNotContain("huge-line");
            assertThat(ids).containsAll(readAnyway);
            assertThat(TestNeo4j.count(neo4j, "MATCH (p:Entity) WHERE p.name CONTAINS 'Lindqvist' RETURN count(p)"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(TestNeo4j.count(neo4j, "MATCH (p:Entity) WHERE p.name CONTAINS 'Okafor' RETURN count(p)"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(TestNeo4j.count(neo4j, "MATCH ()-[r]->() WHERE r.factId IS NOT NULL RETURN count(r)"))
                    .isGreaterThan(0);
        }
    }

    @Test
    void factsJsonlHoldsTheGoodEntities() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(outDir.resolve(RunFiles.FACTS_FILE))) {
            JsonNode n = json.readTree(line);
            if ("entity".equals(n.path("record").asText())) {
                names.add(n.path("name").asText());
            }
        }
        assertThat(names).anyMatch(n -> n.contains("Lindqvist")).anyMatch(n -> n.contains("Okafor"));
    }

    @Test
    void rdfOutputsParseAndValidate() {
        for (var file : Map.of("graph.ttl", Lang.TURTLE, "graph.trig", Lang.TRIG).entrySet()) {
            DatasetGraph dsg = RdfValidator.read(outDir.resolve(file.getKey()), file.getValue());
            RdfValidator.Result r = RdfValidator.standard().validate(dsg);
            assertThat(r.triples()).as(file.getKey()).isGreaterThan(0);
            assertThat(r.conforms()).as(file.getKey() + ": " + r.violations()).isTrue();
        }
    }

    @Test
    void mapDataBlockParses() throws IOException {
        JsonNode data = mapData(outDir.resolve(RunFiles.MAP_FILE));
        assertThat(data.path("nodes").size()).isGreaterThan(0);
        assertThat(data.path("articles").has("good-ferry")).isTrue();
    }

    /**
     * Every good article's facts are the facts a run on the good files alone gives them, CRLF and
     * invisible characters notwithstanding: same subject, predicate, object, polarity, modality and
     * evidence offsets.
     */
    @Test
    void theGoodArticlesHaveTheFactsOfARunOnThemAlone() throws IOException {
        assertThat(goodOnly.exitCode()).as(goodOnly.err()).isZero();
        List<String> alone = factsOf(goodOnlyFacts);
        for (String article : COMPARED) {
            assertThat(alone).as("facts of " + article + " alone").anyMatch(f -> f.startsWith(article + " | "));
        }
        assertThat(factsOf(outDir.resolve(RunFiles.FACTS_FILE))).containsExactlyElementsOf(alone);
    }

    /** The facts with evidence in the compared articles, one sorted line per piece of evidence. */
    private static List<String> factsOf(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> facts = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode f = json.readTree(line);
            if (!"fact".equals(f.path("record").asText())) {
                continue;
            }
            for (JsonNode e : f.path("evidence")) {
                if (COMPARED.contains(e.path("article").asText())) {
                    facts.add(String.join(" | ", e.path("article").asText(), f.path("subject").asText(),
                            f.path("predicate").asText(), f.path("object").asText(), f.path("polarity").asText(),
                            f.path("modality").asText(), e.path("sentence").asText(), e.path("start").asText(),
                            e.path("end").asText(), e.path("extractor").asText()));
                }
            }
        }
        facts.sort(null);
        return facts;
    }

    static JsonNode mapData(Path page) throws IOException {
        String html = Files.readString(page);
        Matcher m = Pattern.compile("<script id=\"graph-data\" type=\"application/json\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("data block in " + page).isTrue();
        return new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void onlyBadInputsExitWithFive() throws IOException {
        Path only = Files.createDirectories(dir.resolve("only-bad"));
        Files.writeString(only.resolve("empty.txt"), "");
        Files.write(only.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0});
        Path out = dir.resolve("only-bad-out");
        CliRun r = CliRun.of("run", only.toString(), "-o", out.toString(), "--data",
                dir.resolve("only-bad-data").toString(), "--bolt-port", "0", "--http-port", "0");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).contains(only.resolve("empty.txt") + ": empty file").contains("no article could be read")
                .doesNotContain("\tat ");
        assertThat(out.resolve(RunFiles.FACTS_FILE)).doesNotExist();
        assertThat(dir.resolve("only-bad-data")).doesNotExist();
    }

    @Test
    void aMissingPathIsNamedAndNothingElseRuns() {
        Path missing = dir.resolve("no-such-folder");
        CliRun r = CliRun.of("run", missing.toString(), "-o", dir.resolve("missing-out").toString(),
                "--data", dir.resolve("missing-data").toString(), "--bolt-port", "0", "--http-port", "0");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).contains(missing + ": no such file or directory").doesNotContain("\tat ");
    }

    @Test
    void verboseShowsTheStackTrace() {
        Path missing = dir.resolve("still-missing.txt");
        CliRun r = CliRun.of("-v", "run", missing.toString(), "-o", dir.resolve("v-out").toString(),
                "--data", dir.resolve("v-data").toString(), "--bolt-port", "0", "--http-port", "0");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).contains("\tat ").contains("UserException");
    }
}
