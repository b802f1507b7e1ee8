package io.newsgraph.extract;

import io.newsgraph.SharedData;
import io.newsgraph.ingest.Ingest;
import io.newsgraph.ingest.IngestResult;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import io.newsgraph.pipeline.ExtractionPipeline;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared seed articles as the ingest stage cleans them, so evidence offsets point into cleaned text,
 * and their extraction on several threads, done once per test JVM (like {@link io.newsgraph.ExampleGraph}):
 * the golden digest, the claims and the quality ITs read the same graph instead of annotating the
 * seeds again each.
 */
public final class SeedArticles {
    private static Graph graph;

    private SeedArticles() {
    }

    public static Path seedDir() {
        return SharedData.seeds();
    }

    /** Callers are marked {@code @RequiresShared("seeds")}, or are developer tools run where the seeds are. */
    public static List<Article> load() {
        if (!Files.isDirectory(seedDir())) {
            throw new IllegalStateException(seedDir() + " is missing: the seed articles live in the shared data folder");
        }
        IngestResult r = new Ingest().read(List.of(seedDir().toString()), InputStream.nullInputStream());
        if (r.hasErrors()) {
            throw new IllegalStateException("seed articles did not ingest: " + r.errors());
        }
        return r.articles();
    }

    /**
     * The seeds extracted with a worker thread per processor and never fewer than two, so that
     * {@code ExtractionSeedsIT} can compare it with its one-thread run; callers need the seeds too.
     */
    public static synchronized Graph graph() {
        if (graph == null) {
            graph = ExtractionPipeline.create(Math.max(2, Runtime.getRuntime().availableProcessors())).extract(load());
        }
        return graph;
    }
}
