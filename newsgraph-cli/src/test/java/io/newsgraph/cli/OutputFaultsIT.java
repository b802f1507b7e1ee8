package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.model.jsonl.JsonLinesWriter;
import io.newsgraph.model.stream.GraphCollector;
import io.newsgraph.sink.neo4j.bench.SyntheticGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A full disk and a read-only output folder, made real with small tmpfs mounts (the test runs
 * as root; elsewhere it is skipped): each write fails with one line and exit code 4, the file
 * that was there before is untouched, and no half-written or temporary file is left behind.
 */
class OutputFaultsIT {
    static final String PREVIOUS = "# the previous export, which a failed one must not damage\n";

    @TempDir
    static Path dir;
    static Path corpus;
    static Path full;
    static Path readOnly;
    static final List<Path> mounts = new ArrayList<>();

    @BeforeAll
    static void mountSmallFileSystems() throws Exception {
        corpus = dir.resolve("synthetic.jsonl");
        GraphCollector g = new GraphCollector();
        new SyntheticGraph(200, 2_000, 4_000, 7).replay(g);
        try (Writer w = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            JsonLinesWriter.write(g.graph(), w);
        }
        full = Files.createDirectories(dir.resolve("full"));
        readOnly = Files.createDirectories(dir.resolve("read-only"));
        if (sh("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", full.toString())) {
            mounts.add(full);
        }
        if (sh("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", readOnly.toString())) {
            mounts.add(readOnly);
            Files.writeString(readOnly.resolve("graph.ttl"), PREVIOUS);
            Files.writeString(readOnly.resolve("map.html"), PREVIOUS);
            if (!sh("mount", "-o", "remount,ro", readOnly.toString())) {
                mounts.remove(readOnly);
            }
        }
    }

    @AfterAll
    static void unmount() throws Exception {
        for (Path p : mounts) {
            if (!sh("umount", p.toString())) {
                sh("umount", "-l", p.toString()); // busy: detach now, freed when the last file closes
            }
        }
    }

    private static boolean sh(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertOneLineExit4(CliRun r, Path file, String reason) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err().trim()).hasLineCount(1).contains(file.toString()).containsIgnoringCase(reason)
                .doesNotContain("\tat ").doesNotContain("internal error");
    }

    @Test
    void aFullDiskFailsTheExportAndKeepsThePreviousFile() throws IOException {
        assumeTrue(mounts.contains(full), "needs root to mount a 64 KB tmpfs");
        Path ttl = full.resolve("graph.ttl");
        Files.writeString(ttl, PREVIOUS);

        CliRun rdf = CliRun.of("export", "--from", corpus.toString(), "-o", ttl.toString());
        assertOneLineExit4(rdf, ttl, "no space left");
        assertThat(Files.readString(ttl)).isEqualTo(PREVIOUS);

        Path map = full.resolve("map.html");
        CliRun page = CliRun.of("map", "--from", corpus.toString(), "-o", map.toString());
        assertOneLineExit4(page, map, "no space left");
        assertThat(map).doesNotExist();
        assertThat(listing(full)).containsExactly("graph.ttl");
        assertThat(openFilesUnder(full)).as("deleted temporary files still open keep the disk full").isEmpty();
    }

    /** What this process holds open under a folder, "(deleted)" files included (Linux /proc). */
    private static List<String> openFilesUnder(Path folder) throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    return ""; // closed meanwhile
                }
            }).filter(target -> target.startsWith(folder.toString())).toList();
        }
    }

    @Test
    void aReadOnlyFolderFailsEveryWriterAndChangesNothing() throws IOException {
        assumeTrue(mounts.contains(readOnly), "needs root to mount a read-only tmpfs");
        Path ttl = readOnly.resolve("graph.ttl");
        CliRun rdf = CliRun.of("export", "--from", corpus.toString(), "-o", ttl.toString());
        assertOneLineExit4(rdf, ttl, "read-only file system");

        Path map = readOnly.resolve("map.html");
        CliRun page = CliRun.of("map", "--from", corpus.toString(), "-o", map.toString());
        assertOneLineExit4(page, map, "read-only file system");

        // run checks its output folder before the minutes of extraction.
        Path article = Files.writeString(dir.resolve("article.txt"), "Town Fair\n\nThe town fair opened in Exeter.\n");
        long t0 = System.nanoTime();
        CliRun run = CliRun.of("run", article.toString(), "-o", readOnly.toString(), "--data",
                dir.resolve("ro-data").toString(), "--bolt-port", "0", "--http-port", "0");
        assertOneLineExit4(run, readOnly, "read-only file system");
        assertThat(run.err()).contains("cannot write to the output folder");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).as("failed before extraction").isLessThan(10);
        assertThat(dir.resolve("ro-data")).doesNotExist();

        assertThat(listing(readOnly)).containsExactly("graph.ttl", "map.html");
        assertThat(Files.readString(ttl)).isEqualTo(PREVIOUS);
        assertThat(Files.readString(map)).isEqualTo(PREVIOUS);
    }
}
