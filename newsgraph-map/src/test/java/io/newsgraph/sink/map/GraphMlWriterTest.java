package io.newsgraph.sink.map;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Graph;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GraphMlWriterTest {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private static Document parse(Graph graph) throws Exception {
        StringWriter out = new StringWriter();
        MapExporter.render(graph, MapFormat.GRAPHML, MapOptions.whole(), out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> data(Element owner) {
        Map<String, String> values = new HashMap<>();
        NodeList data = owner.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getParentNode() == owner) {
                values.put(d.getAttribute("key"), d.getTextContent());
            }
        }
        return values;
    }

    @Test
    void countsKeysAndValuesMatchTheGraph() throws Exception {
        Graph graph = MapTestGraphs.hostile();
        Document doc = parse(graph);
        NodeList nodes = doc.getElementsByTagNameNS(NS, "node");
        NodeList edges = doc.getElementsByTagNameNS(NS, "edge");
        assertThat(nodes.getLength()).isEqualTo(graph.entities().size());
        assertThat(edges.getLength()).isEqualTo(graph.facts().size());

        Set<String> declared = new HashSet<>();
        NodeList keys = doc.getElementsByTagNameNS(NS, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            declared.add(((Element) keys.item(i)).getAttribute("id"));
        }
        NodeList data = doc.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            assertThat(declared).contains(((Element) data.item(i)).getAttribute("key"));
        }
        assertThat(declared).contains("label", "type", "aliases", "type_rule", "merge_reasons", "predicate", "polarity", "modality",
                "confidence", "evidence_count");

        List<String> labels = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            labels.add(data((Element) nodes.item(i)).get("label"));
        }
        assertThat(labels).containsExactlyElementsOf(graph.entities().stream().map(Entity::name).toList());

        Map<String, String> reported = data((Element) edges.item(6));
        assertThat(reported).containsEntry("predicate", "COMMUNICATED_WITH").containsEntry("polarity", "negative")
                .containsEntry("modality", "reported").containsEntry("confidence", "0.6").containsEntry("evidence_count", "1")
                .containsEntry("attributed_to", "Critics");
        assertThat(((Element) edges.item(6)).getAttribute("directed")).isEqualTo("false");
        assertThat(data((Element) edges.item(8)).get("evidence")).isEqualTo(MapTestGraphs.SCRIPT_SENTENCE);
        assertThat(doc.getElementsByTagNameNS("http://www.yworks.com/xml/graphml", "NodeLabel").getLength())
                .isEqualTo(graph.entities().size());
    }

    @Test
    void nodesCarryTheirTypeRuleAndWhyEachAliasJoined() throws Exception {
        Graph graph = io.newsgraph.TestGraphs.small();
        NodeList nodes = parse(graph).getElementsByTagNameNS(NS, "node");
        Map<String, String> tom = null;
        for (int i = 0; i < nodes.getLength(); i++) {
            Map<String, String> d = data((Element) nodes.item(i));
            tom = "Tom O'Neil".equals(d.get("label")) ? d : tom;
        }
        assertThat(tom).containsEntry("type_rule", "apposition").containsEntry("merge_reasons", "O'Neil: short name -> Tom O'Neil");
    }

    @Test
    void eventEdgesCarryTheirCameoCodeAndGoldsteinWeight() throws Exception {
        Document doc = parse(TestGraphs.fromResource("/map/tones-graph.jsonl"));
        Map<String, Map<String, String>> byPredicate = new HashMap<>();
        NodeList edges = doc.getElementsByTagNameNS(NS, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Map<String, String> d = data((Element) edges.item(i));
            byPredicate.put(d.get("predicate"), d);
        }
        assertThat(byPredicate.get("ATTACKED")).containsEntry("cameo", "190").containsEntry("goldstein", "-10");
        assertThat(byPredicate.get("MET_WITH")).containsEntry("cameo", "040").containsEntry("goldstein", "1");
        assertThat(byPredicate.get("WORKS_FOR")).doesNotContainKeys("cameo", "goldstein");
    }

    @Test
    void charactersXmlCannotHoldAreDropped() throws Exception {
        Graph small = TestGraphs.small();
        List<Entity> entities = new ArrayList<>(small.entities());
        entities.set(0, new Entity(entities.get(0).id(), "Nordlys\u0001 Energy\uD800", entities.get(0).label(),
                List.of(), 1, List.of()));
        Document doc = parse(new Graph(small.articles(), entities, small.facts(), small.events()));
        assertThat(data((Element) doc.getElementsByTagNameNS(NS, "node").item(0)).get("label")).isEqualTo("Nordlys Energy");
        assertThat(XmlText.clean("a\u0000b\tc\uD83D\uDE80")).isEqualTo("ab\tc\uD83D\uDE80");
    }
}
