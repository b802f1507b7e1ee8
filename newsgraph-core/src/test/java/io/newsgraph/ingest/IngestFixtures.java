package io.newsgraph.ingest;

import io.newsgraph.model.Article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Small helpers shared by the ingest tests. */
final class IngestFixtures {
    private IngestFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(IngestFixtures.class.getResource("/ingest/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static IngestResult read(Path... paths) {
        return new Ingest().read(Arrays.stream(paths).map(Path::toString).toList(), InputStream.nullInputStream());
    }

    static IngestResult readStdin(String content) {
        return new Ingest().read(List.of("-"), new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            return Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article only(IngestResult r) {
        if (r.articles().size() != 1) {
            throw new AssertionError("expected one article, got " + r.articles().size() + "; problems: " + r.problems());
        }
        return r.articles().get(0);
    }

    static List<String> messages(IngestResult r) {
        return r.problems().stream().map(InputProblem::toString).toList();
    }
}
