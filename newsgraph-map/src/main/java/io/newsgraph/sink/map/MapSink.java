package io.newsgraph.sink.map;

import io.newsgraph.model.Article;
import io.newsgraph.model.stream.AtomicFile;
import io.newsgraph.model.stream.ForwardingSink;
import io.newsgraph.model.stream.GraphCollector;
import io.newsgraph.model.stream.GraphSink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The map as a sink: collects the graph (a drawing needs all of it) and writes the file at
 * {@link #finish()}. An unknown focus fails with {@link UnknownEntityException}, an unwritable
 * file with an {@link AtomicFile.OutputException} whose message names the file and the reason.
 */
public final class MapSink extends ForwardingSink {
    private final Path file;
    private final MapFormat format;
    private final MapOptions options;
    private final GraphCollector collector = new GraphCollector();
    private MapExporter.Summary summary;

    public MapSink(Path file, MapFormat format, MapOptions options) {
        this.file = file;
        this.format = format;
        this.options = options;
    }

    /** The interactive page of the whole graph, as {@code run} writes it. */
    public static MapSink html(Path file) {
        return new MapSink(file, MapFormat.HTML, MapOptions.whole());
    }

    @Override
    protected void forward(Consumer<GraphSink> call) {
        call.accept(collector);
    }

    @Override
    public void article(Article article) {
        // The page needs titles, dates and links, never the article text: drop it to save memory.
        collector.article(article.withText(""));
    }

    @Override
    public void finish() {
        collector.finish();
        try {
            summary = MapExporter.write(collector.graph(), file, format, options);
        } catch (IOException e) {
            throw new AtomicFile.OutputException(file + ": cannot write the map: " + describe(e), e);
        } catch (AtomicFile.OutputException e) {
            throw new AtomicFile.OutputException(file + ": cannot write the map: " + describe(e.getCause()), e.getCause());
        }
    }

    /** What finish() wrote; null before. */
    public MapExporter.Summary summary() {
        return summary;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
