package io.newsgraph.cli;

import io.newsgraph.claims.ClaimsCollector;
import io.newsgraph.model.jsonl.JsonLinesWriter;
import io.newsgraph.model.stream.AtomicFile;
import io.newsgraph.model.stream.GraphSource;
import io.newsgraph.model.stream.GraphTee;
import io.newsgraph.sink.map.MapExporter;
import io.newsgraph.sink.map.MapSink;
import io.newsgraph.sink.rdf.IriMinter;
import io.newsgraph.sink.rdf.RdfExport;
import io.newsgraph.sink.rdf.RdfFormat;

import java.nio.file.Path;
import java.util.List;

/**
 * The files of {@code run}, written in one pass over the graph through a tee: facts.jsonl,
 * graph.ttl, graph.trig and map.html, then the ontology beside them. Each file is written into
 * a temporary file and moved into place when its sink finishes, in that order; a failure
 * leaves the files not yet moved as they were.
 */
final class RunFiles {
    static final String FACTS_FILE = "facts.jsonl";
    static final String MAP_FILE = "map.html";

    /** What was written, in the order run lists it: the facts, the RDF files with the ontology, the map. */
    record Written(Path facts, List<Path> rdf, MapExporter.Summary map) {
        List<Path> all() {
            List<Path> out = new java.util.ArrayList<>(List.of(facts));
            out.addAll(rdf);
            out.add(map.file());
            return out;
        }
    }

    private RunFiles() {
    }

    static Written write(GraphSource graph, Path dir, IriMinter iris) {
        Path facts = dir.resolve(FACTS_FILE);
        Path turtle = dir.resolve(RdfExport.TURTLE_FILE);
        Path trig = dir.resolve(RdfExport.TRIG_FILE);
        MapSink map = MapSink.html(dir.resolve(MAP_FILE));
        // One collector for both RDF files: the claims are computed once, when the pass ends.
        ClaimsCollector claims = new ClaimsCollector();
        try (AtomicFile.Pending factsOut = AtomicFile.open(facts);
             AtomicFile.Pending turtleOut = AtomicFile.open(turtle);
             AtomicFile.Pending trigOut = AtomicFile.open(trig)) {
            graph.into(GraphTee.of(
                    claims.sink(),
                    factsOut.sink(new JsonLinesWriter(factsOut.writer())),
                    turtleOut.sink(RdfExport.sink(RdfFormat.TURTLE, iris, turtleOut.stream(), claims)),
                    trigOut.sink(RdfExport.sink(RdfFormat.TRIG, iris, trigOut.stream(), claims)),
                    map));
        }
        Path ontology = dir.resolve(RdfExport.ONTOLOGY_FILE);
        RdfExport.writeOntology(ontology);
        return new Written(facts, List.of(turtle, trig, ontology), map.summary());
    }
}
