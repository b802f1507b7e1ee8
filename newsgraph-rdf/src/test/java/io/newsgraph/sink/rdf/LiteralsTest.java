package io.newsgraph.sink.rdf;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Graph;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LiteralsTest {
    @Test
    void datesGetTheMostPreciseTypeThatFits() {
        assertThat(Literals.date("2024").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDgYear);
        assertThat(Literals.date("2024-10").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDgYearMonth);
        assertThat(Literals.date("2024-10-25").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdate);
        assertThat(Literals.date("2024-10-25T08:30:00Z").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdateTime);
        assertThat(Literals.date("2024-13-45").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDstring);
        assertThat(Literals.date("last spring").getLiteralLexicalForm()).isEqualTo("last spring");
    }

    @Test
    void confidencesAreDecimals() {
        assertThat(Literals.decimal(0.8).getLiteralLexicalForm()).isEqualTo("0.8");
        assertThat(Literals.decimal(1.0).getLiteralLexicalForm()).isEqualTo("1.0");
        assertThat(Literals.decimal(0.0001).getLiteralLexicalForm()).isEqualTo("0.0001");
        assertThat(Literals.decimal(0.123).getLiteralLexicalForm()).isEqualTo("0.123");
        assertThat(Literals.integer(5000).getLiteralLexicalForm()).isEqualTo("5000");
    }

    @Test
    void unwritableCharactersBecomeReplacementCharacters() {
        assertThat(Literals.clean("a\u0000b\u0007c\td\ne")).isEqualTo("a\uFFFDb\uFFFDc\td\ne");
        assertThat(Literals.clean("x\uD800y")).isEqualTo("x\uFFFDy");
        assertThat(Literals.clean("🚀 עברית")).isEqualTo("🚀 עברית");
        String plain = "plain text";
        assertThat(Literals.clean(plain)).isSameAs(plain);
    }

    @Property(tries = 300)
    void cleanStringsAreValidUtf16AndKeepValidText(@ForAll String s) {
        String c = Literals.clean(s);
        assertThat(c.length()).isEqualTo(s.length());
        assertThat(Literals.clean(c)).isEqualTo(c);
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void controlCharactersInNamesDoNotBreakAnyFormat(RdfFormat format) {
        String name = "Bad\u0001Name\u0000 \uD800 <tag> & \"q\"";
        Graph g = new Graph(List.of(new Article("a", "T\u000Bitle", null, null, null, null, null, "")),
                List.of(new Entity("other/bad", name, EntityType.OTHER, List.of(), 1, List.of("a"))), List.of(), List.of());
        var dsg = RdfTestSupport.parse(RdfTestSupport.export(g, format), format.lang());
        Node label = NodeFactory.createLiteralString(Literals.clean(name));
        assertThat(dsg.getDefaultGraph().contains(NodeFactory.createURI(IriMinter.defaults().entity("other/bad")), NgVocab.LABEL, label))
                .isTrue();
    }
}
