package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

import java.util.List;
import java.util.Set;

/**
 * Where things are and where people live, from noun-phrase patterns (the verbs "live in",
 * "based in", "located in" are verb frames): "Kharkiv, Ukraine", "Jane Roe, 34, of Leeds",
 * "the Getty Museum in Los Angeles", "Berlin-based Acme", "Ukraine's Kharkiv region".
 */
public final class PlaceExtractor implements Extractor {
    static final String NAME = "place";

    private final Gazetteer gazetteer = Gazetteer.get();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.NER, Capability.DEPPARSE, Capability.MENTIONS);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.FRAMES);
    }

    @Override
    public void extract(ArticleContext ctx) {
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            placeCommaCountry(ctx, s);
            ageOfPlace(ctx, s);
            placeBasedNoun(ctx, s);
            SemanticGraph g = ctx.graph(s);
            if (g != null) {
                for (IndexedWord w : g.vertexListSorted()) {
                    placeIn(ctx, s, g, w);
                }
            }
        }
    }

    /** News style "Jane Roe, 34, of Leeds": where the person lives. */
    private void ageOfPlace(ArticleContext ctx, int s) {
        List<CoreLabel> toks = ctx.tokens(s);
        for (int i = 0; i + 5 < toks.size(); i++) {
            Mention p = ctx.mentionAt(s, i);
            if (p == null || p.type() != EntityType.PERSON || p.end() != i + 1 || p.end() + 4 > toks.size()) {
                continue;
            }
            int k = p.end();
            if (",".equals(toks.get(k).word()) && "CD".equals(toks.get(k + 1).tag()) && ",".equals(toks.get(k + 2).word())
                    && "of".equalsIgnoreCase(toks.get(k + 3).word())) {
                Mention place = ctx.mentionAt(s, k + 4);
                if (place != null && place.type() == EntityType.LOCATION) {
                    ctx.addFrame(Frame.of(NAME + "/person-age-of-place", Predicate.LIVES_IN, s, -1, p, List.of(place), List.of(), 0.7));
                }
            }
        }
    }

    /**
     * "the Foundation in Washington", "Kharkiv in eastern Ukraine", "Berlin-based Acme",
     * "Ukraine's Kharkiv region": an organisation or place located in a place.
     */
    private void placeIn(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        Mention self = ctx.mentionAt(s, w.index() - 1);
        if (self == null || self.end() != w.index() || self.type() == EntityType.PERSON || self.type() == EntityType.PRODUCT
                || ctx.isCountry(self)) {
            return;
        }
        for (IndexedWord c : Graphs.children(g, w, "nmod:in")) {
            Mention place = ctx.mentionAt(s, c.index() - 1);
            if (place != null && place.type() == EntityType.LOCATION && !place.name().equals(self.name())) {
                ctx.addFrame(Frame.of(NAME + "/org-in-place", Predicate.LOCATED_IN, s, -1, self, List.of(place), List.of(), 0.65));
            }
        }
        for (IndexedWord c : Graphs.children(g, w, "amod")) {
            if ("base".equals(Graphs.lemma(c))) {
                for (IndexedWord pl : Graphs.children(g, c, "obl*")) { // "Berlin - based", split by the tokenizer
                    Mention place = ctx.mentionAt(s, pl.index() - 1);
                    if (place != null && place.type() == EntityType.LOCATION) {
                        ctx.addFrame(Frame.of(NAME + "/place-based-on", Predicate.LOCATED_IN, s, -1, self, List.of(place), List.of(), 0.7));
                    }
                }
            }
            String word = c.word();
            if (word.endsWith("-based") && Character.isUpperCase(word.charAt(0))) {
                String placeName = word.substring(0, word.length() - "-based".length());
                Mention place = ctx.addMention(new Mention(s, c.index() - 1, c.index(), placeName,
                        gazetteer.country(placeName).orElse(placeName), EntityType.LOCATION, true));
                ctx.addFrame(Frame.of(NAME + "/place-based-word", Predicate.LOCATED_IN, s, -1, self, List.of(place), List.of(), 0.7));
            }
        }
        if (self.type() == EntityType.LOCATION) {
            for (IndexedWord c : Graphs.children(g, w, "nmod:poss")) {
                Mention place = ctx.mentionAt(s, c.index() - 1);
                if (place != null && ctx.isCountry(place)) {
                    ctx.addFrame(Frame.of(NAME + "/country-possessive", Predicate.LOCATED_IN, s, -1, self, List.of(place), List.of(), 0.65));
                }
            }
        }
    }


    /**
     * "the Milan-based fashion house Acme", "Acme, a Milan-based startup": the parser often hangs
     * the name loosely off the descriptor, so read the token pattern. The organisation is the name
     * right after the descriptor noun(s), or the name the descriptor stands in apposition to.
     */
    private void placeBasedNoun(ArticleContext ctx, int s) {
        List<CoreLabel> toks = ctx.tokens(s);
        for (int i = 2; i < toks.size(); i++) {
            if (!"based".equalsIgnoreCase(toks.get(i).word()) || !"-".equals(toks.get(i - 1).word())) {
                continue;
            }
            Mention place = ctx.mentionAt(s, i - 2);
            if (place == null || place.type() != EntityType.LOCATION) {
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && j <= i + 3 && ctx.mentionAt(s, j) == null
                    && toks.get(j).word().matches("\\p{Ll}[\\p{L}-]*")
                    && !Set.of("DT", "IN", "CC", "TO", "MD", "VBD", "VBZ", "RB", "WDT", "WP", "PRP").contains(toks.get(j).tag())) {
                j++;
            }
            Mention org = j < toks.size() ? ctx.mentionAt(s, j) : null;
            int det = place.begin() - 1;
            if (org == null && det >= 2 && Set.of("a", "an", "the").contains(toks.get(det).word().toLowerCase(java.util.Locale.ROOT))
                    && ",".equals(toks.get(det - 1).word()) && j > i + 1) {
                org = ctx.mentionAt(s, det - 2); // "Acme, a Milan-based startup"
                if (org != null && org.end() != det - 1) {
                    org = null;
                }
            }
            if (org != null && (org.type() == EntityType.ORGANIZATION) && !org.name().equals(place.name())) {
                ctx.addFrame(Frame.of(NAME + "/place-based-noun", Predicate.LOCATED_IN, s, -1, org, List.of(place), List.of(), 0.7));
            }
        }
    }

    /** "Kharkiv, Ukraine": a place followed by the country or region it lies in. */
    private void placeCommaCountry(ArticleContext ctx, int s) {
        List<CoreLabel> toks = ctx.tokens(s);
        for (int i = 1; i + 1 < toks.size(); i++) {
            if (!",".equals(toks.get(i).word())) {
                continue;
            }
            Mention a = ctx.mentionAt(s, i - 1);
            Mention b = ctx.mentionAt(s, i + 1);
            if (a == null || b == null || a.type() != EntityType.LOCATION || b.type() != EntityType.LOCATION
                    || a.name().equals(b.name()) || ctx.isCountry(a)) {
                continue;
            }
            String bTag = toks.get(i + 1).ner();
            boolean container = ctx.isCountry(b) || "STATE_OR_PROVINCE".equals(bTag);
            boolean list = b.end() < toks.size() && (toks.get(b.end()).word().equals(",") || toks.get(b.end()).tag().equals("CC"));
            if (container && !list && "CITY".equals(toks.get(i - 1).ner())) {
                ctx.addFrame(Frame.of(NAME + "/place-comma-country", Predicate.LOCATED_IN, s, -1, a, List.of(b), List.of(), 0.75));
            }
        }
    }
}
