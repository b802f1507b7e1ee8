package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MapCommandTest {
    private static final String FIXTURE = "newsgraph-core/src/test/resources/fixtures/small-graph.jsonl";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void writesThePageByDefaultAndReportsCounts() throws IOException {
        Path page = dir.resolve("map.html");
        assertThat(run("map", "--from", FIXTURE, "-o", page.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("map: wrote " + page + " (html, 9 entities, 8 facts, 2 articles)");
        assertThat(Files.readString(page)).contains("<script id=\"graph-data\" type=\"application/json\">");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void formatFollowsTheExtensionUnlessGiven() throws IOException {
        assertThat(run("map", "--from", FIXTURE, "-o", dir.resolve("g.graphml").toString())).isZero();
        assertThat(Files.readString(dir.resolve("g.graphml"))).contains("<graphml");
        assertThat(run("map", "--from", FIXTURE, "-o", dir.resolve("g.gv").toString())).isZero();
        assertThat(Files.readString(dir.resolve("g.gv"))).startsWith("digraph newsgraph {");
        assertThat(run("map", "--from", FIXTURE, "-o", dir.resolve("g.txt").toString(), "--format", "DOT")).isZero();
        assertThat(Files.readString(dir.resolve("g.txt"))).startsWith("digraph");
    }

    @Test
    void focusLimitsTheMap() throws IOException {
        Path dot = dir.resolve("focus.dot");
        assertThat(run("map", "--from", FIXTURE, "-o", dot.toString(), "--focus", "kalev power", "--hops", "1")).isZero();
        assertThat(out.toString()).contains("(dot, 3 entities, 2 facts, 1 article)");
        assertThat(Files.readString(dot).lines().filter(l -> l.contains(" -> "))).hasSize(2);
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        assertThat(run("map", "--from", FIXTURE, "-o", dir.resolve("m.txt").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("map", "--from", FIXTURE, "-o", dir.resolve("m.html").toString(), "--format", "svg")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("map", "--from", FIXTURE, "-o", dir.resolve("m.html").toString(), "--hops", "2")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("map", "--from", FIXTURE, "-o", dir.resolve("m.html").toString(), "--focus", "Nobody")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("map", "--from", FIXTURE, "-o", dir.resolve("m.html").toString(), "--focus", "Tallinn", "--hops", "99")).isEqualTo(ExitCodes.USAGE);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(5).allMatch(l -> l.startsWith("newsgraph: "));
        assertThat(lines.get(3)).contains("no entity named 'Nobody'");
        assertThat(dir.resolve("m.html")).doesNotExist();
    }

    @Test
    void unwritableOutputExitsFour() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertThat(run("map", "--from", FIXTURE, "-o", file.resolve("map.html").toString())).isEqualTo(ExitCodes.OUTPUT);
        assertThat(run("map", "--from", FIXTURE, "-o", dir.resolve("no/such/dir/map.html").toString())).isEqualTo(ExitCodes.OUTPUT);
        assertThat(err.toString().lines()).hasSize(2).allMatch(l -> l.contains("cannot write the map"));
    }

    @Test
    void badLinesAreReportedAndTheRestIsDrawn() throws IOException {
        Path input = dir.resolve("in.jsonl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of(FIXTURE)));
        lines.add(3, "{not json");
        Files.write(input, lines);
        Path page = dir.resolve("map.html");
        assertThat(run("map", "--from", input.toString(), "-o", page.toString())).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(err.toString()).startsWith("newsgraph: " + input + ":4: ");
        assertThat(out.toString()).contains("9 entities, 8 facts");
        assertThat(page).exists();
    }

    @Test
    void inputWithNothingUsableKeepsThePreviousMapAndExitsFive() throws IOException {
        Path input = Files.writeString(dir.resolve("bad.jsonl"), "{not json\n[1, 2]\n");
        Path page = Files.writeString(dir.resolve("map.html"), "previous");
        assertThat(run("map", "--from", input.toString(), "-o", page.toString())).isEqualTo(ExitCodes.FAILED);
        assertThat(Files.readString(page)).isEqualTo("previous");
        assertThat(err.toString().lines().toList()).last().asString().isEqualTo("newsgraph: " + input + ": no usable records, the map was not written");
    }
}
