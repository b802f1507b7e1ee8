package io.newsgraph.sink.rdf;

import io.newsgraph.claims.ClaimsCollector;
import io.newsgraph.model.stream.AtomicFile;
import io.newsgraph.model.stream.GraphSink;
import io.newsgraph.model.stream.GraphSource;
import io.newsgraph.model.stream.GraphTee;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The RDF export API. A {@link GraphSource} drives the RDF writer through start/records/finish:
 * a graph in memory, the JSON Lines reader, or the Neo4j reader. Files are written atomically:
 * into a temporary file beside the target, then moved over it, so a failed export never leaves a
 * half-written file under the real name.
 */
public final class RdfExport {
    /** The file names {@code run} writes. */
    public static final String TURTLE_FILE = "graph.ttl";
    public static final String TRIG_FILE = "graph.trig";
    public static final String ONTOLOGY_FILE = "newsgraph-ontology.ttl";

    private RdfExport() {
    }

    /** Streams the source into the format on out, without claims; out is flushed, not closed. */
    public static ExportStats write(GraphSource source, RdfFormat format, IriMinter iris, OutputStream out) {
        return write(source, format, iris, out, false);
    }

    /**
     * Streams the source into the format on out; out is flushed, not closed. With claims, the
     * {@code ng:Claim} resources follow the records: the export then holds the graph (less its
     * events) in memory until the end, instead of streaming in flat memory ({@link ClaimsCollector}).
     */
    public static ExportStats write(GraphSource source, RdfFormat format, IriMinter iris, OutputStream out,
                                    boolean withClaims) {
        ExportStats.Counting counting = new ExportStats.Counting(format.open(out));
        if (withClaims) {
            ClaimsCollector collector = new ClaimsCollector();
            GraphSink rdf = new RdfGraphSink(counting, iris, format.namedGraphs(), collector::claims);
            // The collector comes first, so it has every record before the RDF sink finishes.
            source.into(GraphTee.of(collector.sink(), counting.wrap(rdf)));
            counting.claimsWritten(collector.claims().size());
        } else {
            source.into(counting.wrap(new RdfGraphSink(counting, iris, format.namedGraphs())));
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counting.stats();
    }

    /**
     * Streams the source into a file, atomically.
     *
     * @throws UncheckedIOException "cannot write FILE: reason" when the file cannot be written
     */
    public static ExportStats write(GraphSource source, RdfFormat format, IriMinter iris, Path file) {
        return write(source, format, iris, file, stats -> true);
    }

    /**
     * Like {@link #write(GraphSource, RdfFormat, IriMinter, Path)}, but the file only replaces the
     * target when keepIf accepts what was written (e.g. not when no record could be read), so a
     * useless export never overwrites a good one.
     */
    public static ExportStats write(GraphSource source, RdfFormat format, IriMinter iris, Path file,
                                    java.util.function.Predicate<ExportStats> keepIf) {
        return write(source, format, iris, file, keepIf, false);
    }

    /** Like {@link #write(GraphSource, RdfFormat, IriMinter, Path, java.util.function.Predicate)}, with or without claims. */
    public static ExportStats write(GraphSource source, RdfFormat format, IriMinter iris, Path file,
                                    java.util.function.Predicate<ExportStats> keepIf, boolean withClaims) {
        ExportStats[] stats = new ExportStats[1];
        writeAtomically(file, out -> stats[0] = write(source, format, iris, out, withClaims), () -> keepIf.test(stats[0]));
        return stats[0];
    }

    /** The graph as an in-memory dataset (default graph plus one named graph per article), e.g. to compare sources. */
    public static DatasetGraph toDataset(GraphSource source, IriMinter iris) {
        return toDataset(source, iris, false);
    }

    /** Like {@link #toDataset(GraphSource, IriMinter)}, with the ng:Claim resources when asked (the dataset is in memory anyway). */
    public static DatasetGraph toDataset(GraphSource source, IriMinter iris, boolean withClaims) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        if (withClaims) {
            ClaimsCollector collector = new ClaimsCollector();
            source.into(GraphTee.of(collector.sink(), new RdfGraphSink(StreamRDFLib.dataset(dsg), iris, true, collector::claims)));
        } else {
            source.into(new RdfGraphSink(StreamRDFLib.dataset(dsg), iris, true));
        }
        return dsg;
    }

    /**
     * A sink that writes the format to out as records arrive (for a tee with other outputs);
     * finish() ends the document and flushes out without closing it.
     */
    public static GraphSink sink(RdfFormat format, IriMinter iris, OutputStream out) {
        return new RdfGraphSink(format.open(out), iris, format.namedGraphs());
    }

    /**
     * Like {@link #sink(RdfFormat, IriMinter, OutputStream)}, and at finish also the claims of the
     * collector, which must be fed by the same stream ahead of this sink (in a tee, several sinks
     * can share one collector: the claims are computed once).
     */
    public static GraphSink sink(RdfFormat format, IriMinter iris, OutputStream out, ClaimsCollector claims) {
        return new RdfGraphSink(format.open(out), iris, format.namedGraphs(), claims::claims);
    }

    /** Copies the shipped ontology (Turtle) to a file, atomically. */
    public static void writeOntology(Path file) {
        writeAtomically(file, out -> {
            try (InputStream in = RdfResources.open(RdfResources.ONTOLOGY)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Writes through a temporary file in the target's directory, then moves it into place. */
    static void writeAtomically(Path file, Consumer<OutputStream> body) {
        writeAtomically(file, body, () -> true);
    }

    private static void writeAtomically(Path file, Consumer<OutputStream> body, java.util.function.BooleanSupplier keep) {
        AtomicFile.writeBytes(file, body::accept, keep);
    }
}
