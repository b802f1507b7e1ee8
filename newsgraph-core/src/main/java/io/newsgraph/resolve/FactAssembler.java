package io.newsgraph.resolve;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.CameoCodes;
import io.newsgraph.extract.Frame;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Participant;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns frames into facts and events over resolved entities. The agent gets a fact to each object
 * and, with role "topic", to each topic; event-like claims also get an Event with typed participants.
 * The same statement from several sentences or articles becomes one fact with several evidences
 * (asserted and reported statements merge; negated or hypothetical ones stay apart with their marks).
 */
public final class FactAssembler {
    /** Facts and events of a run, in a stable order. */
    public record Assembly(List<Fact> facts, List<Event> events) {
    }

    private static final class Acc {
        Entity subject;
        Entity object;
        io.newsgraph.model.Predicate predicate;
        Polarity polarity;
        boolean hypothetical;
        boolean asserted;
        String attributedTo;
        String event;
        String date;
        String role;
        final List<Evidence> evidence = new ArrayList<>();
    }

    public Assembly assemble(List<ArticleExtraction> docs, EntityResolver.Resolution res) {
        Map<String, Acc> facts = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        for (ArticleExtraction d : docs) {
            Map<String, Integer> eventCounts = new HashMap<>();
            for (Frame f : d.frames()) {
                Entity agent = res.of(d, f.agent());
                if (agent == null) {
                    continue;
                }
                List<Entity> objects = entities(d, f.objects(), res, agent);
                List<Entity> topics = entities(d, f.topics(), res, agent);
                topics.removeIf(objects::contains);
                if (objects.isEmpty() && topics.isEmpty()) {
                    continue;
                }
                ArticleExtraction.Sentence sen = d.sentences().get(f.sentence());
                String date = f.date() != null ? f.date() : d.article().published();
                Evidence ev = new Evidence(d.article().id(), f.sentence(), sen.begin(), sen.end(), sen.text(), f.extractor(),
                        Math.max(0, Math.min(1, f.confidence())), f.modality() == Modality.REPORTED ? f.attributedTo() : null, date, f.rule());
                boolean claim = f.polarity() == Polarity.POSITIVE && f.modality() != Modality.HYPOTHETICAL;
                String eventId = null;
                if (f.predicate().eventLike() && claim) {
                    String base = "event/" + d.article().id() + "-" + f.sentence() + "-" + f.predicate().name().toLowerCase(Locale.ROOT).replace('_', '-');
                    int n = eventCounts.merge(base, 1, Integer::sum);
                    eventId = n == 1 ? base : base + "-" + n;
                    List<Participant> ps = new ArrayList<>();
                    ps.add(new Participant(Role.AGENT, agent.id()));
                    objects.forEach(o -> ps.add(new Participant(Role.RECIPIENT, o.id())));
                    topics.forEach(t -> ps.add(new Participant(Role.TOPIC, t.id())));
                    String cameo = f.cameo() != null ? f.cameo() : CameoCodes.get().root(f.predicate());
                    events.add(new Event(eventId, f.predicate(), d.article().id(), f.sentence(), ps, date, null, cameo));
                }
                for (Entity o : objects) {
                    add(facts, f, agent, o, null, eventId, date, ev);
                }
                if (f.predicate().eventLike()) {
                    for (Entity t : topics) {
                        add(facts, f, agent, t, "topic", eventId, date, ev);
                    }
                }
            }
        }
        List<Fact> out = new ArrayList<>();
        for (var e : facts.entrySet()) {
            Acc a = e.getValue();
            a.evidence.sort(Comparator.comparing(Evidence::article).thenComparingInt(Evidence::sentence).thenComparing(Evidence::extractor));
            Modality mod = a.hypothetical ? Modality.HYPOTHETICAL : a.asserted ? Modality.ASSERTED : Modality.REPORTED;
            out.add(new Fact(factId(e.getKey()), a.subject.name(), a.predicate, a.object.name(), a.subject.id(), a.object.id(),
                    a.polarity, mod, mod == Modality.REPORTED ? a.attributedTo : null, a.event, a.date, a.role, a.evidence));
        }
        out.sort(Comparator.comparing((Fact f) -> f.primary().article()).thenComparingInt(f -> f.primary().sentence())
                .thenComparing(Fact::subjectId).thenComparing(f -> f.predicate().name()).thenComparing(Fact::objectId)
                .thenComparing(Fact::id));
        events.sort(Comparator.comparing(Event::article).thenComparingInt(Event::sentence).thenComparing(Event::id));
        return new Assembly(out, events);
    }

    private static List<Entity> entities(ArticleExtraction d, List<Mention> ms, EntityResolver.Resolution res, Entity agent) {
        List<Entity> out = new ArrayList<>();
        for (Mention m : ms) {
            Entity e = res.of(d, m);
            if (e != null && !e.id().equals(agent.id()) && !out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private static void add(Map<String, Acc> facts, Frame f, Entity s, Entity o, String role, String eventId, String date, Evidence ev) {
        boolean hyp = f.modality() == Modality.HYPOTHETICAL;
        String a = s.id();
        String b = o.id();
        if (f.predicate().symmetric() && a.compareTo(b) > 0) {
            String t = a;
            a = b;
            b = t;
        }
        String key = a + "|" + f.predicate() + "|" + b + "|" + f.polarity() + "|" + (hyp ? "hypothetical" : "claim") + "|" + (role == null ? "" : role);
        Acc acc = facts.computeIfAbsent(key, k -> {
            Acc n = new Acc();
            n.subject = s;
            n.object = o;
            n.predicate = f.predicate();
            n.polarity = f.polarity();
            n.hypothetical = hyp;
            n.role = role;
            return n;
        });
        acc.asserted |= f.modality() == Modality.ASSERTED;
        if (acc.attributedTo == null && f.modality() == Modality.REPORTED) {
            acc.attributedTo = f.attributedTo();
        }
        if (acc.event == null) {
            acc.event = eventId;
        }
        if (acc.date == null) {
            acc.date = date;
        }
        boolean dup = acc.evidence.stream().anyMatch(x -> x.article().equals(ev.article()) && x.sentence() == ev.sentence()
                && x.extractor().equals(ev.extractor()));
        if (!dup) {
            acc.evidence.add(ev);
        }
    }

    private static String factId(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            return "fact/" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
