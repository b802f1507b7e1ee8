package io.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.extract.ExtractionTrace;
import io.newsgraph.extract.Frame;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.pipeline.Explanation;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How {@code explain} prints an {@link Explanation}: sections of text for people, one JSON object for tools. */
final class ExplainReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExplainReport() {
    }

    static void text(Explanation x, PrintWriter out) {
        for (Explanation.SentenceParse s : x.sentences()) {
            out.printf("Sentence %d: %s%n", s.index(), s.text());
            out.println("  tokens (index word/POS/lemma/NER):");
            s.tokens().forEach(t -> out.printf("    %3d %s/%s/%s/%s%n", t.index(), t.word(), t.pos(), t.lemma(), t.ner()));
            out.println("  dependencies (relation governor -> dependent):");
            s.edges().forEach(e -> out.printf("    %s %s -> %s%n", e.relation(), word(s, e.governor()), word(s, e.dependent())));
        }
        out.println("Mentions:");
        x.mentions().forEach(m -> out.println("  " + mention(m) + (m.synthetic() ? " (synthetic: stands for a thing named indirectly)" : "")));
        out.println("Links:" + (x.links().isEmpty() ? " none" : ""));
        x.links().forEach(l -> out.printf("  sentence %d token %d \"%s\" -> %s (%s)%n", l.sentence(), l.token(), l.word(),
                l.target().name(), l.kind()));
        out.println("Entities (with the rule that decided each type and why each other name joined):"
                + (x.graph().entities().isEmpty() ? " none" : ""));
        x.graph().entities().forEach(e -> out.println("  " + entity(e)));
        out.println("Rules that fired:" + (x.frames().isEmpty() ? " none" : ""));
        x.frames().forEach(f -> out.printf("  %s  sentence %d: %s%s%n", f.rule(), f.sentence(), frame(f),
                madeFact(x, f) ? "" : "  -> no fact: its agent or objects did not resolve to entities of the graph"));
        out.println("Facts:" + (x.graph().facts().isEmpty() ? " none" : ""));
        x.graph().facts().forEach(f -> out.println("  " + fact(f)));
        out.println("Candidates dropped:" + (x.dropped().isEmpty() ? " none" : ""));
        x.dropped().forEach(d -> out.printf("  %s  sentence %d: %s: %s%n", d.rule(), d.sentence(), candidate(d), d.reason()));
        if (x.graph().facts().isEmpty()) {
            out.println("Why no fact: " + String.join("; ", whyNoFact(x)));
        }
    }

    static String json(Explanation x) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode sentences = root.putArray("sentences");
        for (Explanation.SentenceParse s : x.sentences()) {
            ObjectNode n = sentences.addObject().put("index", s.index()).put("text", s.text());
            ArrayNode tokens = n.putArray("tokens");
            s.tokens().forEach(t -> tokens.addObject().put("index", t.index()).put("word", t.word()).put("pos", t.pos())
                    .put("lemma", t.lemma()).put("ner", t.ner()));
            ArrayNode edges = n.putArray("dependencies");
            s.edges().forEach(e -> edges.addObject().put("relation", e.relation()).put("governor", e.governor())
                    .put("dependent", e.dependent()));
        }
        ArrayNode mentions = root.putArray("mentions");
        x.mentions().forEach(m -> mention(mentions.addObject(), m));
        ArrayNode links = root.putArray("links");
        x.links().forEach(l -> mention(links.addObject().put("kind", l.kind()).put("sentence", l.sentence())
                .put("token", l.token()).put("word", l.word()).putObject("target"), l.target()));
        ArrayNode entities = root.putArray("entities");
        for (Entity e : x.graph().entities()) {
            ObjectNode n = entities.addObject().put("id", e.id()).put("name", e.name()).put("label", e.label().label())
                    .put("typeRule", e.typeRule());
            ArrayNode merges = n.putArray("merges");
            e.merges().forEach(m -> merges.addObject().put("alias", m.alias()).put("reason", m.reason()).put("to", m.to()));
        }
        ArrayNode frames = root.putArray("rules");
        for (Frame f : x.frames()) {
            ObjectNode n = frames.addObject().put("rule", f.rule()).put("sentence", f.sentence())
                    .put("predicate", f.predicate().name());
            mention(n.putObject("agent"), f.agent());
            f.objects().forEach(o -> mention(n.withArray("objects").addObject(), o));
            f.topics().forEach(t -> mention(n.withArray("topics").addObject(), t));
            n.put("polarity", f.polarity().json()).put("modality", f.modality().json()).put("confidence", f.confidence())
                    .put("madeFact", madeFact(x, f));
        }
        ArrayNode facts = root.putArray("facts");
        for (Fact f : x.graph().facts()) {
            ObjectNode n = facts.addObject().put("subject", f.subject()).put("predicate", f.predicate().name())
                    .put("object", f.object()).put("polarity", f.polarity().json()).put("modality", f.modality().json())
                    .put("confidence", f.confidence()).put("rule", f.primary().rule());
            ArrayNode rules = n.putArray("rules");
            f.evidence().stream().map(Evidence::rule).distinct().forEach(rules::add);
        }
        ArrayNode dropped = root.putArray("dropped");
        for (ExtractionTrace.Dropped d : x.dropped()) {
            ObjectNode n = dropped.addObject().put("rule", d.rule()).put("sentence", d.sentence())
                    .put("predicate", d.predicate() == null ? null : d.predicate().name()).put("reason", d.reason());
            if (d.agent() != null) {
                mention(n.putObject("agent"), d.agent());
            }
            d.objects().forEach(o -> mention(n.withArray("objects").addObject(), o));
        }
        ArrayNode why = root.putArray("whyNoFact");
        if (x.graph().facts().isEmpty()) {
            whyNoFact(x).forEach(why::add);
        }
        return root.toString();
    }

    /** "Thomas Reilly (Person), type: apposition; also: Tommy (nickname), Mr Reilly (short name)". */
    static String entity(Entity e) {
        String also = e.merges().stream().map(m -> m.alias() + " (" + m.reason() + (m.to().equals(e.name()) ? "" : ", joined to " + m.to()) + ")")
                .collect(Collectors.joining(", "));
        return e.name() + " (" + e.label().label() + "), type: " + e.typeRule() + (also.isEmpty() ? "" : "; also: " + also);
    }

    /** The reasons a text gave no fact, from the stage that stopped it. */
    static List<String> whyNoFact(Explanation x) {
        List<String> why = new ArrayList<>();
        long names = x.mentions().stream().map(Mention::name).distinct().count();
        if (names < 2) {
            why.add("a fact links two named things, and " + (names == 0 ? "no name was" : "only one name (" + x.mentions().get(0).name() + ") was")
                    + " found");
        }
        if (x.frames().isEmpty() && x.dropped().isEmpty() && names >= 2) {
            why.add("no rule matched: no verb or noun of the lexicon, title, place or possessive pattern links the names");
        }
        x.dropped().forEach(d -> why.add(d.rule() + " dropped " + candidate(d) + ": " + d.reason()));
        x.frames().stream().filter(f -> !madeFact(x, f)).forEach(f -> why.add(f.rule() + " read " + frame(f)
                + " but its agent or objects did not resolve to entities of the graph"));
        return why;
    }

    /** Whether a fact of the graph names this frame's rule, sentence and predicate in its evidence. */
    private static boolean madeFact(Explanation x, Frame f) {
        return x.graph().facts().stream().anyMatch(fact -> fact.predicate() == f.predicate() && fact.evidence().stream()
                .anyMatch(e -> f.rule().equals(e.rule()) && e.sentence() == f.sentence()));
    }

    private static String fact(Fact f) {
        String rules = f.evidence().stream().map(e -> e.rule() == null ? e.extractor() : e.rule()).distinct()
                .collect(Collectors.joining(", "));
        String note = f.polarity() == Polarity.NEGATIVE ? " (negated: kept with its mark, never counted as a claim)"
                : f.modality() == Modality.HYPOTHETICAL ? " (hypothetical: kept with its mark, never counted as a claim)" : "";
        return String.format(Locale.ROOT, "%s %s %s  [rule %s; %s, %s%s; confidence %.2f]%s", f.subject(), f.predicate(), f.object(),
                rules, f.polarity().json(), f.modality().json(),
                f.attributedTo() == null ? "" : " by " + f.attributedTo(), f.confidence(), note);
    }

    private static String frame(Frame f) {
        String objects = f.objects().stream().map(Mention::name).collect(Collectors.joining(", "));
        String topics = f.topics().stream().map(Mention::name).collect(Collectors.joining(", "));
        return f.agent().name() + " " + f.predicate() + " " + (objects.isEmpty() ? "-" : objects)
                + (topics.isEmpty() ? "" : " (topic " + topics + ")") + "  [" + f.polarity().json() + ", " + f.modality().json() + "]";
    }

    private static String candidate(ExtractionTrace.Dropped d) {
        String objects = d.objects().stream().map(m -> m.name() + " (" + m.type().label() + ")").collect(Collectors.joining(", "));
        return (d.agent() == null ? "-" : d.agent().name() + " (" + d.agent().type().label() + ")") + " "
                + (d.predicate() == null ? "?" : d.predicate().name()) + " " + (objects.isEmpty() ? "-" : objects);
    }

    private static String mention(Mention m) {
        return String.format(Locale.ROOT, "sentence %d tokens %d-%d \"%s\" -> %s (%s)", m.sentence(), m.begin(), m.end() - 1,
                m.text(), m.name(), m.type().label());
    }

    private static void mention(ObjectNode n, Mention m) {
        n.put("sentence", m.sentence()).put("begin", m.begin()).put("end", m.end()).put("text", m.text())
                .put("name", m.name()).put("type", m.type().label()).put("synthetic", m.synthetic());
    }

    private static String word(Explanation.SentenceParse s, int token) {
        return token < 0 ? "ROOT" : s.tokens().get(token).word() + "-" + token;
    }
}
