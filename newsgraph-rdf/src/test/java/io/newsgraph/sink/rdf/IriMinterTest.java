package io.newsgraph.sink.rdf;

import io.newsgraph.model.Evidence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IriMinterTest {
    private final IriMinter iris = IriMinter.defaults();

    @Test
    void readableIdsStayReadable() {
        assertThat(iris.entity("person/elon-musk")).isEqualTo("https://w3id.org/newsgraph/data/person/elon-musk");
        assertThat(iris.article("000")).isEqualTo("https://w3id.org/newsgraph/data/article/000");
        assertThat(iris.fact("fact/000-7-requested")).isEqualTo("https://w3id.org/newsgraph/data/fact/000-7-requested");
        assertThat(iris.fact("000-7-requested")).isEqualTo("https://w3id.org/newsgraph/data/fact/000-7-requested");
        assertThat(iris.event("event/000-7-requested")).isEqualTo("https://w3id.org/newsgraph/data/event/000-7-requested");
        assertThat(iris.graph("000")).isEqualTo("https://w3id.org/newsgraph/data/graph/000");
    }

    @Test
    void hostileCharactersArePercentEncoded() {
        assertThat(iris.entity("person/Zoë \"Z\" <O'Brien>"))
                .isEqualTo("https://w3id.org/newsgraph/data/person/Zo%C3%AB%20%22Z%22%20%3CO%27Brien%3E");
        assertThat(iris.article("a/b?c#d")).isEqualTo("https://w3id.org/newsgraph/data/article/a%2Fb%3Fc%23d");
        assertThat(iris.mention("🚀 עברית")).isEqualTo("https://w3id.org/newsgraph/data/mention/%F0%9F%9A%80%20%D7%A2%D7%91%D7%A8%D7%99%D7%AA");
        assertThat(iris.entity("other/../..")).isEqualTo("https://w3id.org/newsgraph/data/other/%2E%2E/%2E%2E");
        assertThat(iris.entity("noslash")).isEqualTo("https://w3id.org/newsgraph/data/entity/noslash");
        assertThat(iris.entity("person/50%")).isEqualTo("https://w3id.org/newsgraph/data/person/50%25");
    }

    @Test
    void evidenceIrisDependOnWhatTheEvidenceIsNotWhereItIsListed() {
        Evidence e = new Evidence("a 1", 3, 10, 40, "text", "verb/frame", 0.5);
        assertThat(iris.evidence("fact/x", e))
                .isEqualTo("https://w3id.org/newsgraph/data/fact/x#evidence/a%201/3/10-40/verb%2Fframe");
    }

    @Test
    void baseIsCheckedAndGetsATrailingSlash() {
        assertThat(new IriMinter("http://example.org/kg").base()).isEqualTo("http://example.org/kg/");
        assertThatThrownBy(() -> new IriMinter("not an iri")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IriMinter("relative/path/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IriMinter("http://example.org/x#")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 500)
    void entityIrisAreValidStableAndDecodeBack(@ForAll("hostileIds") String id) {
        String iri = iris.entity(id);
        assertValid(iri);
        assertThat(iris.entity(id)).isEqualTo(iri);
        assertThat(iris.pathOf(iri)).isEqualTo(id.indexOf('/') > 0 ? id : "entity/" + id);
        assertParsesInNTriples(iri);
    }

    @Property(tries = 500)
    void segmentEncodingRoundTrips(@ForAll("hostileStrings") String text) {
        String encoded = IriMinter.encodeSegment(text);
        assertThat(encoded).matches("[A-Za-z0-9._~%-]*").doesNotContain("/");
        assertThat(IriMinter.decode(encoded)).isEqualTo(text);
        String article = iris.article(text);
        assertValid(article);
        assertParsesInNTriples(article);
        assertValid(iris.mention(text));
        assertValid(iris.evidence(text, new Evidence(text, 1, 2, 3, "t", text, 0.5)));
    }

    @Property(tries = 300)
    void differentIdsGiveDifferentIris(@ForAll("hostileIds") String a, @ForAll("hostileIds") String b) {
        if (!a.equals(b) && a.indexOf('/') > 0 && b.indexOf('/') > 0) {
            assertThat(iris.entity(a)).isNotEqualTo(iris.entity(b));
        }
    }

    @Provide
    Arbitrary<String> hostileStrings() {
        Arbitrary<Character> hostile = Arbitraries.of('<', '>', '"', '\'', '`', '{', '}', '|', '\\', '^', ' ', '\t', '\n',
                '%', '#', '?', '/', '.', ':', '@', '&', '=', '+', '$', ',', ';', '[', ']', '\u0000', '\u200F', '\uFEFF',
                'é', 'ß', 'ע', '中', '\u0301');
        Arbitrary<String> emoji = Arbitraries.of("🚀", "👩🏽‍🔬", "🇪🇪", "\uD835\uDD38");
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(12)
                .filter(s -> s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF));
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars('a', 'z').ofMinLength(1).ofMaxLength(8),
                hostile.list().ofMinSize(1).ofMaxSize(10).map(l -> l.stream().map(String::valueOf).reduce("", String::concat)),
                Arbitraries.strings().alpha().numeric().withChars("-._~ <>\"'%/").ofMaxLength(20),
                emoji, any,
                Arbitraries.of(".", "..", "", "/", "a//b", "./x"));
    }

    @Provide
    Arbitrary<String> hostileIds() {
        Arbitrary<String> type = Arbitraries.of("person", "organization", "location", "other", "x y");
        return Arbitraries.oneOf(
                hostileStrings(),
                net.jqwik.api.Combinators.combine(type, hostileStrings()).as((t, n) -> t + "/" + n));
    }

    private static void assertValid(String iri) {
        IRIx parsed = IRIx.create(iri);
        assertThat(parsed.isReference() && parsed.hasScheme("https")).as("absolute with scheme: %s", iri).isTrue();
        assertThat(parsed.hasViolations()).as("violations in %s", iri).isFalse();
        assertThat(iri).matches("[\\x21-\\x7E]+").doesNotContain("<", ">", "\"", " ", "{", "}", "|", "\\", "^", "`");
    }

    /** The IRI written in N-Triples by Jena parses back, strictly, to the same IRI. */
    private static void assertParsesInNTriples(String iri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.apache.jena.riot.system.StreamRDF w = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out, Lang.NTRIPLES);
        w.start();
        w.triple(Triple.create(NodeFactory.createURI(iri), NgVocab.TYPE, NgVocab.ENTITY));
        w.finish();
        var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFParser.source(new java.io.ByteArrayInputStream(out.toByteArray()))
                .lang(Lang.NTRIPLES).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                .parse(StreamRDFLib.graph(g));
        assertThat(g.contains(NodeFactory.createURI(iri), NgVocab.TYPE, NgVocab.ENTITY)).isTrue();
    }
}
