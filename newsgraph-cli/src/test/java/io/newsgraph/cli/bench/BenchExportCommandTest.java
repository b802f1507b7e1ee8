package io.newsgraph.cli.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark runs (tiny here; speed is never asserted) and ends with the agreed figure lines. */
class BenchExportCommandTest {
    @Test
    void printsOneLinePerFigure() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchExportCommand());
        cli.setOut(new PrintWriter(out, true));
        int code = cli.execute("--facts", "3000", "--baseline-facts", "500");
        assertThat(code).isZero();
        var lines = out.toString().lines().filter(l -> l.startsWith("bench ")).toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).matches("bench export-ntriples \\d+ triples/s ratio=\\d+\\.\\d\\d baseline=jena-n-triples\\S+");
        assertThat(lines.get(1)).matches("bench export-ntriples-cpu \\d+ triples/cpu-s ratio=\\d+\\.\\d\\d baseline=jena-n-triples\\S+");
        assertThat(lines.get(2)).matches("bench export-turtle \\d+ triples/s ratio=\\d+\\.\\d\\d baseline=jena-turtle\\S+");
        assertThat(lines.get(3)).matches("bench export-turtle-cpu \\d+ triples/cpu-s ratio=\\d+\\.\\d\\d baseline=jena-turtle\\S+");
        assertThat(lines.get(4)).matches("bench export-peak-heap \\d+ MB ratio=\\d+\\.\\d\\d baseline=max-heap-\\d+MB");
        assertThat(out.toString()).contains("synthetic graph: 3,000 facts");
    }

    @Test
    void theSyntheticGraphConformsToTheShapes() {
        var dsg = io.newsgraph.sink.rdf.RdfExport.toDataset(
                sink -> BenchExportCommand.Synthetic.generate(sink, 400, 7), io.newsgraph.sink.rdf.IriMinter.defaults());
        assertThat(io.newsgraph.sink.rdf.RdfValidator.standard().validate(dsg).violations()).isEmpty();
    }
}
