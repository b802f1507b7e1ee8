package io.newsgraph.sink.map;

import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.GoldsteinScale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Writes GraphML for Gephi and yEd. Every attribute is a declared key (Gephi shows them as
 * columns; "label" is the caption it uses); yFiles node and edge graphics give yEd the same
 * captions, colours and line styles as the page without any mapping by hand. Symmetric facts
 * are undirected edges. StAX escapes the markup; {@link XmlText} drops what XML cannot hold.
 */
final class GraphMlWriter {
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String YFILES = "http://www.yworks.com/xml/graphml";

    private GraphMlWriter() {
    }

    static void write(MapGraph graph, MapOptions options, Writer out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.setDefaultNamespace(GRAPHML);
            x.setPrefix("y", YFILES);
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(GRAPHML);
            x.writeNamespace("y", YFILES);
            x.writeCharacters("\n");
            keys(x);
            x.writeStartElement("graph");
            x.writeAttribute("id", "newsgraph");
            x.writeAttribute("edgedefault", "directed");
            x.writeCharacters("\n");
            data(x, "title", options.title());
            for (MapNode n : graph.nodes()) {
                node(x, n);
            }
            int i = 0;
            for (MapEdge e : graph.edges()) {
                edge(x, "e" + i++, e);
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void keys(XMLStreamWriter x) throws XMLStreamException {
        key(x, "title", "graph", "title", "string");
        key(x, "label", "node", "label", "string");
        key(x, "type", "node", "type", "string");
        key(x, "aliases", "node", "aliases", "string");
        key(x, "mentions", "node", "mentions", "int");
        key(x, "articles", "node", "articles", "string");
        key(x, "degree", "node", "degree", "int");
        key(x, "implicit", "node", "implicit", "boolean");
        key(x, "type_rule", "node", "type_rule", "string");
        key(x, "merge_reasons", "node", "merge_reasons", "string");
        key(x, "elabel", "edge", "label", "string");
        key(x, "predicate", "edge", "predicate", "string");
        key(x, "polarity", "edge", "polarity", "string");
        key(x, "modality", "edge", "modality", "string");
        key(x, "confidence", "edge", "confidence", "double");
        key(x, "evidence_count", "edge", "evidence_count", "int");
        key(x, "evidence", "edge", "evidence", "string");
        key(x, "earticles", "edge", "articles", "string");
        key(x, "attributed_to", "edge", "attributed_to", "string");
        key(x, "date", "edge", "date", "string");
        key(x, "fact", "edge", "fact_id", "string");
        key(x, "cameo", "edge", "cameo", "string");
        key(x, "goldstein", "edge", "goldstein", "double");
        x.writeEmptyElement("key");
        x.writeAttribute("id", "ng");
        x.writeAttribute("for", "node");
        x.writeAttribute("yfiles.type", "nodegraphics");
        x.writeCharacters("\n");
        x.writeEmptyElement("key");
        x.writeAttribute("id", "eg");
        x.writeAttribute("for", "edge");
        x.writeAttribute("yfiles.type", "edgegraphics");
        x.writeCharacters("\n");
    }

    private static void key(XMLStreamWriter x, String id, String domain, String name, String type) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", domain);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
        x.writeCharacters("\n");
    }

    private static void node(XMLStreamWriter x, MapNode n) throws XMLStreamException {
        x.writeStartElement("node");
        x.writeAttribute("id", XmlText.clean(n.id()));
        data(x, "label", n.name());
        data(x, "type", n.type().label());
        data(x, "aliases", String.join(" | ", n.aliases()));
        data(x, "mentions", Integer.toString(n.mentions()));
        data(x, "articles", String.join(" ", n.articles()));
        data(x, "degree", Integer.toString(n.degree()));
        data(x, "implicit", Boolean.toString(n.implicit()));
        if (n.typeRule() != null) {
            data(x, "type_rule", n.typeRule());
        }
        if (!n.merges().isEmpty()) { // "alias: reason -> name joined", one per alias, as in the map's panel
            data(x, "merge_reasons", String.join(" | ", n.merges().stream().map(m -> m.alias() + ": " + m.reason() + " -> " + m.to()).toList()));
        }
        x.writeStartElement("data");
        x.writeAttribute("key", "ng");
        x.writeStartElement(YFILES, "ShapeNode");
        double size = MapStyle.nodeSize(n.degree());
        x.writeEmptyElement(YFILES, "Geometry");
        x.writeAttribute("width", fmt(size));
        x.writeAttribute("height", fmt(size));
        x.writeEmptyElement(YFILES, "Fill");
        x.writeAttribute("color", MapStyle.color(n.type()).toUpperCase(Locale.ROOT));
        x.writeAttribute("transparent", "false");
        x.writeStartElement(YFILES, "NodeLabel");
        x.writeAttribute("modelName", "sides");
        x.writeAttribute("modelPosition", "s");
        x.writeCharacters(XmlText.clean(n.name()));
        x.writeEndElement();
        x.writeEmptyElement(YFILES, "Shape");
        x.writeAttribute("type", "ellipse");
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static void edge(XMLStreamWriter x, String id, MapEdge e) throws XMLStreamException {
        Fact f = e.fact();
        x.writeStartElement("edge");
        x.writeAttribute("id", id);
        x.writeAttribute("source", XmlText.clean(e.source()));
        x.writeAttribute("target", XmlText.clean(e.target()));
        if (f.predicate().symmetric()) {
            x.writeAttribute("directed", "false");
        }
        data(x, "elabel", MapStyle.edgeLabel(f));
        data(x, "predicate", f.predicate().name());
        data(x, "polarity", f.polarity().json());
        data(x, "modality", f.modality().json());
        data(x, "confidence", fmt(f.confidence()));
        data(x, "evidence_count", Integer.toString(f.evidence().size()));
        data(x, "evidence", f.evidence().stream().map(Evidence::text).collect(Collectors.joining("\n")));
        data(x, "earticles", String.join(" ", f.articles()));
        if (f.attributedTo() != null) {
            data(x, "attributed_to", f.attributedTo());
        }
        if (f.date() != null) {
            data(x, "date", f.date());
        }
        data(x, "fact", f.id());
        if (e.cameo() != null) {
            // Gephi can colour or filter event edges by weight: a number, not a string
            data(x, "cameo", e.cameo());
            OptionalDouble weight = GoldsteinScale.get().weight(e.cameo());
            if (weight.isPresent()) {
                data(x, "goldstein", fmt(weight.getAsDouble()));
            }
        }
        edgeGraphics(x, f);
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static void edgeGraphics(XMLStreamWriter x, Fact f) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", "eg");
        x.writeStartElement(YFILES, "PolyLineEdge");
        x.writeEmptyElement(YFILES, "LineStyle");
        x.writeAttribute("color", MapStyle.edgeColor(f).toUpperCase(Locale.ROOT));
        x.writeAttribute("type", switch (MapStyle.line(f)) {
            case SOLID -> "line";
            case DASHED -> "dashed";
            case DOTTED -> "dotted";
        });
        x.writeAttribute("width", "1.5");
        x.writeEmptyElement(YFILES, "Arrows");
        x.writeAttribute("source", "none");
        x.writeAttribute("target", f.predicate().symmetric() ? "none" : MapStyle.negated(f) ? "t_shape" : "standard");
        x.writeStartElement(YFILES, "EdgeLabel");
        x.writeCharacters(MapStyle.edgeLabel(f));
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(XmlText.clean(value));
        x.writeEndElement();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
