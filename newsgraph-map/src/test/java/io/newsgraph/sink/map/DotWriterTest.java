package io.newsgraph.sink.map;

import io.newsgraph.model.Graph;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DotWriterTest {
    private static String dot(Graph graph) throws Exception {
        StringWriter out = new StringWriter();
        MapExporter.render(graph, MapFormat.DOT, MapOptions.whole(), out);
        return out.toString();
    }

    @Test
    void quotesEscapeQuotesBackslashesAndLineBreaks() {
        assertThat(DotWriter.quote("a \"b\" \\N\nc\u0007")).isEqualTo("\"a \\\"b\\\" \\\\N c\"");
    }

    @Test
    void oneStatementPerNodeAndEdge() throws Exception {
        Graph graph = MapTestGraphs.hostile();
        String dot = dot(graph);
        List<String> lines = dot.lines().toList();
        assertThat(lines.get(0)).isEqualTo("digraph newsgraph {");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("}");
        assertThat(lines.stream().filter(l -> l.contains(" -> "))).hasSize(graph.facts().size());
        assertThat(lines.stream().filter(l -> l.matches("  \"[^\"]+\" \\[label=.*"))).hasSize(graph.entities().size());
        assertThat(dot).contains("[label=\"<img src=x onerror=\\\"window.__pwned=1\\\">Eve\"",
                "label=\"not COMMUNICATED_WITH\"", "dir=none", "style=dotted", "style=dashed");
    }

    /** Graphviz itself must read it: every node and edge drawn, hostile names as text. */
    @Test
    void graphvizRendersIt() throws Exception {
        File bin = new File("/usr/bin/dot");
        assumeTrue(bin.canExecute(), "Graphviz is not installed");
        Graph graph = MapTestGraphs.hostile();
        Path in = Files.createTempFile("map", ".dot");
        Path svg = Files.createTempFile("map", ".svg");
        try {
            Files.writeString(in, dot(graph), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(bin.getPath(), "-Tsvg", "-o", svg.toString(), in.toString())
                    .redirectErrorStream(true).start();
            String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(messages).isZero();
            assertThat(messages).doesNotContainIgnoringCase("error");

            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
            NodeList groups = doc.getElementsByTagName("g");
            List<String> nodeTitles = new ArrayList<>();
            int edges = 0;
            for (int i = 0; i < groups.getLength(); i++) {
                Element g = (Element) groups.item(i);
                if (g.getAttribute("class").equals("node")) {
                    nodeTitles.add(g.getElementsByTagName("title").item(0).getTextContent());
                } else if (g.getAttribute("class").equals("edge")) {
                    edges++;
                }
            }
            assertThat(nodeTitles).hasSize(graph.entities().size()).contains("person/eve");
            assertThat(edges).isEqualTo(graph.facts().size());
            String text = doc.getDocumentElement().getTextContent();
            assertThat(text).contains("<img src=x onerror=\"window.__pwned=1\">Eve", "<script>alert(1)</script>");
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(svg);
        }
    }
}
