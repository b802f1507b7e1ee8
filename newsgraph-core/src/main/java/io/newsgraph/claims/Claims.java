package io.newsgraph.claims;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Claims from a resolved graph: a pure function of its facts, evidence, articles and entities.
 *
 * <p>Every piece of evidence of every fact becomes one {@link Statement} of the claim its fact
 * is about. A statement of a hypothetical fact only entertains the claim; one of a negative fact
 * denies it; a positive one supports it unless a DENIED fact is stated in the same sentence, the
 * sentence withdraws the report it mentions, or the next sentence of its paragraph dismisses it
 * ({@link ClaimCues}). Speakers are resolved to entities where the attribution names one
 * ({@link Speakers}); outlets are counted for independence by {@link Outlets}.
 */
public final class Claims {
    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, String> deniersBySentence = new HashMap<>();
    private final Outlets outlets;
    private final Speakers speakers;
    private final ClaimCues cues = ClaimCues.get();

    private Claims(Graph g) {
        g.articles().forEach(a -> articles.put(a.id(), a));
        g.entities().forEach(e -> entities.put(e.id(), e));
        outlets = new Outlets(g.articles());
        speakers = new Speakers(g.entities());
        for (Fact f : g.facts()) {
            if (f.predicate() == Predicate.DENIED && f.polarity() == Polarity.POSITIVE && f.modality() != Modality.HYPOTHETICAL) {
                f.evidence().forEach(e -> deniersBySentence.putIfAbsent(e.article() + "#" + e.sentence(), f.subject()));
            }
        }
    }

    /** Every claim of the graph, ordered by subject, predicate and object. */
    public static List<Claim> of(Graph g) {
        return of(g, ReportWindow.ALL);
    }

    /** The claims as the statements reported within the window make them (statuses and counts included). */
    public static List<Claim> of(Graph g, ReportWindow window) {
        return new Claims(g).compute(g.facts(), window);
    }

    private List<Claim> compute(List<Fact> facts, ReportWindow window) {
        Map<Key, List<Statement>> statements = new LinkedHashMap<>();
        Map<Key, List<String>> factIds = new LinkedHashMap<>();
        Map<Key, Fact> firstFact = new HashMap<>();
        for (Fact f : facts) {
            Key key = Key.of(f);
            for (Evidence e : f.evidence()) {
                Statement s = statement(f, e);
                if (window.contains(s.reported())) {
                    statements.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
                    List<String> ids = factIds.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!ids.contains(f.id())) {
                        ids.add(f.id());
                    }
                    firstFact.putIfAbsent(key, f);
                }
            }
        }
        List<Claim> out = new ArrayList<>();
        for (var entry : statements.entrySet()) {
            out.add(claim(entry.getKey(), firstFact.get(entry.getKey()), entry.getValue(), factIds.get(entry.getKey())));
        }
        out.sort(Comparator.comparing(Claim::subject).thenComparing(c -> c.predicate().name()).thenComparing(Claim::object)
                .thenComparing(Claim::subjectId).thenComparing(Claim::objectId));
        return out;
    }

    private Claim claim(Key key, Fact first, List<Statement> statements, List<String> factIds) {
        List<Statement> sorted = new ArrayList<>(statements);
        sorted.sort(Comparator.comparing((Statement s) -> s.reported() == null ? "\uffff" : s.reported())
                .thenComparing(Statement::article).thenComparingInt(s -> s.evidence().sentence())
                .thenComparing(Statement::factId));
        List<String> supporting = articlesOf(sorted, Stance.SUPPORTS);
        List<String> denying = articlesOf(sorted, Stance.DENIES);
        int supportOutlets = outlets.independent(supporting);
        int denyOutlets = outlets.independent(denying);
        String firstReported = null;
        String lastReported = null;
        for (Statement s : sorted) {
            if (s.stance() != Stance.HYPOTHETICAL && s.reported() != null) {
                firstReported = firstReported == null || s.reported().compareTo(firstReported) < 0 ? s.reported() : firstReported;
                lastReported = lastReported == null || s.reported().compareTo(lastReported) > 0 ? s.reported() : lastReported;
            }
        }
        boolean sameOrder = Objects.equals(idOf(first.subjectId(), first.subject()), key.a());
        String subjectName = nameOf(key.a(), sameOrder ? first.subject() : first.object());
        String objectName = nameOf(key.b(), sameOrder ? first.object() : first.subject());
        return new Claim(key.a(), subjectName, key.predicate(), key.b(), objectName,
                ClaimStatus.of(supportOutlets, !denying.isEmpty()), supportOutlets, denyOutlets, firstReported, lastReported,
                factIds, sorted);
    }

    private Statement statement(Fact f, Evidence e) {
        Article a = articles.get(e.article());
        String attribution = e.attributedTo() != null ? e.attributedTo()
                : f.modality() == Modality.REPORTED ? f.attributedTo() : null;
        if (attribution != null && cues.notASpeaker(attribution)) {
            attribution = null;
        }
        Stance stance;
        String speaker = attribution;
        if (f.modality() == Modality.HYPOTHETICAL) {
            stance = Stance.HYPOTHETICAL;
        } else if (f.polarity() == Polarity.NEGATIVE) {
            stance = Stance.DENIES;
        } else {
            ClaimCues.Denial denial = denial(e, a);
            Speaker denier = denial == null ? null : speakers.resolve(denial.who());
            // "Kremlin spokesman Peskov denied the report that ...": the denial is not about Peskov's job.
            if (denier != null && denier.named() && (denier.entityId().equals(f.subjectId()) || denier.entityId().equals(f.objectId()))) {
                denial = null;
            }
            stance = denial == null ? Stance.SUPPORTS : Stance.DENIES;
            if (denial != null && denial.who() != null) {
                speaker = denial.who();
            }
        }
        String published = a == null ? null : a.published();
        String date = e.date() != null ? e.date() : f.date() != null ? f.date() : published;
        return new Statement(f.id(), e, stance, outlets.publisher(e.article()), speakers.resolve(speaker), date, published);
    }

    /** A denial of a positive statement outside its own grammar, or null. */
    private ClaimCues.Denial denial(Evidence e, Article a) {
        String denier = deniersBySentence.get(e.article() + "#" + e.sentence());
        if (denier != null) {
            return new ClaimCues.Denial(denier);
        }
        var within = cues.inSentence(e.text());
        if (within.isPresent()) {
            return within.get();
        }
        return a == null ? null : cues.following(a.text(), e.start(), e.end()).orElse(null);
    }

    private String nameOf(String id, String fallback) {
        Entity e = entities.get(id);
        return e != null ? e.name() : fallback;
    }

    private static List<String> articlesOf(List<Statement> statements, Stance side) {
        return statements.stream().filter(s -> s.stance() == side).map(Statement::article).distinct().sorted().toList();
    }

    private static String idOf(String id, String name) {
        return id != null ? id : "name:" + name;
    }

    /** A claim's identity: the two ends (sorted for symmetric predicates) and the predicate. */
    private record Key(String a, Predicate predicate, String b) {
        static Key of(Fact f) {
            String s = idOf(f.subjectId(), f.subject());
            String o = idOf(f.objectId(), f.object());
            if (f.predicate().symmetric() && s.compareTo(o) > 0) {
                return new Key(o, f.predicate(), s);
            }
            return new Key(s, f.predicate(), o);
        }
    }
}
