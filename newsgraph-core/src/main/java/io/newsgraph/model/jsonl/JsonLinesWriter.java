package io.newsgraph.model.jsonl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.model.AliasMerge;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.GoldsteinScale;
import io.newsgraph.model.Participant;
import io.newsgraph.model.stream.GraphSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes the model in the JSON Lines form of shared/eval/README.md, one record per line. A fact's
 * first evidence is written flat (article, sentence, start, end, text, extractor, confidence);
 * all of them also go into an {@code evidence} array so nothing is lost in a round trip (each with
 * its own attributedTo and date when it has them).
 */
public final class JsonLinesWriter implements GraphSink {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Writer out;

    public JsonLinesWriter(Writer out) {
        this.out = out;
    }

    public static void write(Graph graph, Writer out) {
        GraphSink.replay(graph, new JsonLinesWriter(out));
    }

    @Override
    public void start() {
    }

    @Override
    public void article(Article a) {
        ObjectNode n = record("article");
        n.put("id", a.id());
        putIfSet(n, "title", a.title());
        putIfSet(n, "source", a.source());
        putIfSet(n, "published", a.published());
        putIfSet(n, "url", a.url());
        putIfSet(n, "author", a.author());
        putIfSet(n, "path", a.path());
        n.put("text", a.text());
        line(n);
    }

    @Override
    public void entity(Entity e) {
        ObjectNode n = record("entity");
        n.put("id", e.id());
        n.put("name", e.name());
        n.put("label", e.label().label());
        ArrayNode aliases = n.putArray("aliases");
        e.aliases().forEach(aliases::add);
        n.put("mentions", e.mentions());
        ArrayNode articles = n.putArray("articles");
        e.articles().forEach(articles::add);
        if (!e.merges().isEmpty()) { // optional: why each alias joined the entity
            ArrayNode merges = n.putArray("merges");
            for (AliasMerge m : e.merges()) {
                merges.addObject().put("alias", m.alias()).put("reason", m.reason()).put("to", m.to());
            }
        }
        putIfSet(n, "typeRule", e.typeRule()); // optional: the rule that decided the label
        line(n);
    }

    @Override
    public void fact(Fact f) {
        ObjectNode n = record("fact");
        n.put("id", f.id());
        n.put("subject", f.subject());
        n.put("predicate", f.predicate().name());
        n.put("object", f.object());
        putIfSet(n, "subjectId", f.subjectId());
        putIfSet(n, "objectId", f.objectId());
        Evidence p = f.primary();
        n.put("article", p.article());
        n.put("sentence", p.sentence());
        n.put("start", p.start());
        n.put("end", p.end());
        n.put("text", p.text());
        n.put("extractor", p.extractor());
        putIfSet(n, "rule", p.rule());
        n.put("confidence", round(f.confidence()));
        n.put("polarity", f.polarity().json());
        n.put("modality", f.modality().json());
        putIfSet(n, "attributedTo", f.attributedTo());
        putIfSet(n, "event", f.event());
        putIfSet(n, "date", f.date());
        putIfSet(n, "role", f.role());
        ArrayNode ev = n.putArray("evidence");
        for (Evidence e : f.evidence()) {
            ObjectNode x = ev.addObject();
            x.put("article", e.article());
            x.put("sentence", e.sentence());
            x.put("start", e.start());
            x.put("end", e.end());
            x.put("text", e.text());
            x.put("extractor", e.extractor());
            putIfSet(x, "rule", e.rule());
            x.put("confidence", round(e.confidence()));
            putIfSet(x, "attributedTo", e.attributedTo());
            putIfSet(x, "date", e.date());
        }
        line(n);
    }

    @Override
    public void event(Event e) {
        ObjectNode n = record("event");
        n.put("id", e.id());
        n.put("type", e.type().name());
        n.put("article", e.article());
        n.put("sentence", e.sentence());
        ArrayNode ps = n.putArray("participants");
        for (Participant p : e.participants()) {
            ObjectNode x = ps.addObject();
            x.put("role", p.role().json());
            x.put("entity", p.entity());
        }
        putIfSet(n, "date", e.date());
        if (e.place() == null) {
            n.putNull("place");
        } else {
            n.put("place", e.place());
        }
        putIfSet(n, "cameo", e.cameo()); // optional: older files and unknown codes have none
        // derived from the code, written for readers of the file; a reader takes the code, not this
        GoldsteinScale.get().weight(e).ifPresent(w -> n.put("goldstein", w));
        line(n);
    }

    @Override
    public void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    private static ObjectNode record(String kind) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("record", kind);
        return n;
    }

    private static void putIfSet(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private void line(ObjectNode n) {
        try {
            out.write(MAPPER.writeValueAsString(n));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
