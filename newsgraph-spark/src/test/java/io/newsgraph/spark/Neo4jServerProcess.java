package io.newsgraph.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The project's embedded Neo4j in a JVM of its own (newsgraph-neo4j's ServerProcess on the
 * server's runtime classpath, which that module's build writes to target/server.classpath): the
 * server's Netty 4.1 and Jetty cannot share the Spark test JVM's classpath. It listens on a free
 * loopback port with the given password and stops when closed.
 */
final class Neo4jServerProcess implements AutoCloseable {
    private final Process process;
    private final String boltUri;

    private Neo4jServerProcess(Process process, String boltUri) {
        this.process = process;
        this.boltUri = boltUri;
    }

    static Neo4jServerProcess start(Path dataDir, String password) throws Exception {
        Path neo4jTarget = Path.of(System.getProperty("newsgraph.neo4jTarget", "newsgraph-neo4j/target"));
        Path classpathFile = neo4jTarget.resolve("server.classpath");
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: build newsgraph-neo4j first (mvn -pl newsgraph-spark -am)");
        }
        String classpath = String.join(java.io.File.pathSeparator, neo4jTarget.resolve("classes").toString(),
                neo4jTarget.resolve("test-classes").toString(), Files.readString(classpathFile).trim());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp", classpath, "io.newsgraph.sink.neo4j.ServerProcess", dataDir.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(dataDir.resolveSibling("neo4j-server.log").toFile());
        pb.environment().put("NEO4J_PASSWORD", password);
        Files.createDirectories(dataDir);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        try {
            // Starting takes about 6 s on a quiet machine; far longer when it is shared.
            line = CompletableFuture.supplyAsync(() -> readLine(out)).get(180, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IllegalStateException("the Neo4j server process did not start: see " + dataDir.resolveSibling("neo4j-server.log"), e);
        }
        if (line == null || !line.startsWith("bolt://")) {
            p.destroyForcibly();
            throw new IllegalStateException("the Neo4j server process said '" + line + "': see " + dataDir.resolveSibling("neo4j-server.log"));
        }
        // Whatever else the server prints is read and dropped: a full pipe would stop it.
        Thread drain = new Thread(() -> {
            while (readLine(out) != null) {
                // dropped
            }
        }, "neo4j-server-stdout");
        drain.setDaemon(true);
        drain.start();
        return new Neo4jServerProcess(p, line.trim());
    }

    private static String readLine(BufferedReader r) {
        try {
            return r.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    String boltUri() {
        return boltUri;
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
