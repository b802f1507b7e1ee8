package io.newsgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** 'newsgraph serve' as its own process, stopped the way a user stops it: Ctrl-C (SIGINT). */
class ServeProcessIT {
    @TempDir
    Path dir;

    @Test
    void ctrlCStopsTheServerCleanlyWithinThreeSeconds() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--data", dir.resolve("data").toString(), "--bolt-port", "0", "--http-port", "0",
                "newsgraph-core/src/test/resources/fixtures/small-graph.jsonl"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(lines::add);
            } catch (Exception e) {
                // the process ended
            }
        });
        reader.start();
        try {
            StringBuilder seen = new StringBuilder();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!seen.toString().contains("Serving until Ctrl-C") && System.nanoTime() < deadline && p.isAlive()) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) {
                    seen.append(line).append('\n');
                }
            }
            assertThat(seen.toString()).contains("Neo4j Browser: http://localhost:").contains("Serving until Ctrl-C");

            long t0 = System.nanoTime();
            new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            reader.join(10_000); // the pipe closes with the process; a loaded machine may take a moment to drain it
            lines.forEach(l -> seen.append(l).append('\n'));
            assertThat(seen.toString()).contains("Neo4j stopped in");
            assertThat(took).as(seen.toString()).isLessThan(Duration.ofSeconds(3));
        } finally {
            p.destroyForcibly();
        }
    }
}
