package io.newsgraph.extract;

import io.newsgraph.SharedData;
import io.newsgraph.ingest.Ingest;
import io.newsgraph.ingest.IngestResult;
import io.newsgraph.model.Article;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shared seed articles as the ingest stage cleans them, so evidence offsets point into cleaned text. */
public final class SeedArticles {
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
}
