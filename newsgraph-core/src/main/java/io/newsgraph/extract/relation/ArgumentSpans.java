package io.newsgraph.extract.relation;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.extract.Mention;
import io.newsgraph.extract.TitleLexicon;
import io.newsgraph.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The readings of one mention as a relation argument. Where a name ends is a convention, and
 * annotators differ: "President Lincoln" or "Lincoln", "Calif." or "Calif", "Concord, Mass." as
 * one place or two. Besides the mention itself, a person may be read with the titles before it
 * (and one word before those: "Roman Emperor Julius Caesar"), any argument with the period that
 * ends the sentence right after it (an abbreviation's period that the tokenizer split off), and
 * a place with the region that follows it after a comma ("North Bend, Ohio"), an organisation or
 * place with "the" before it, and an organisation joined by "and" to the one after it. The classifier
 * scores every reading and keeps the best; the name, and so the entity, stays the mention's.
 */
public final class ArgumentSpans {
    private static final Set<String> HONORIFICS = load("honorifics.txt");

    private ArgumentSpans() {
    }

    /** The mention itself first, then its wider readings. */
    public static List<Candidate.Argument> of(Mention m, List<CoreLabel> toks, List<Mention> sentenceMentions) {
        List<Candidate.Argument> out = new ArrayList<>();
        Candidate.Argument base = Candidate.Argument.of(m.begin(), m.end(), m.type());
        out.add(base);
        if (m.type() == EntityType.PERSON) {
            int t = titleStart(toks, m.begin());
            if (t < m.begin()) {
                out.add(base.widened(t, m.end(), "title"));
                if (t > 0 && isModifier(toks.get(t - 1))) {
                    out.add(base.widened(t - 1, m.end(), "title2"));
                }
            }
        }
        if (m.type() == EntityType.LOCATION && m.end() + 1 < toks.size() && ",".equals(toks.get(m.end()).word())) {
            for (Mention r : sentenceMentions) {
                if (r.begin() == m.end() + 1 && r.type() == EntityType.LOCATION && !r.synthetic()) {
                    out.add(base.widened(m.begin(), r.end(), "region"));
                }
            }
        }
        if (m.type() != EntityType.PERSON && m.begin() > 0 && toks.get(m.begin() - 1).word().equalsIgnoreCase("the")) {
            out.add(base.widened(m.begin() - 1, m.end(), "the"));
        }
        if (m.type() == EntityType.ORGANIZATION && m.end() + 1 < toks.size() && isAnd(toks.get(m.end()))) {
            for (Mention r : sentenceMentions) {
                if (r.begin() == m.end() + 1 && r.type() == EntityType.ORGANIZATION && !r.synthetic()) {
                    out.add(base.widened(m.begin(), r.end(), "and"));
                }
            }
        }
        List<Candidate.Argument> withPeriod = new ArrayList<>();
        for (Candidate.Argument a : out) {
            if (endsSentenceBeforePeriod(toks, a.end())) {
                withPeriod.add(a.widened(a.begin(), a.end() + 1, "period"));
            }
        }
        out.addAll(withPeriod);
        return out;
    }

    /**
     * The place of a dateline written in capitals and followed by its region ("DAYTON, Ohio (AP)"):
     * the mention extractor leaves it out, as it names where the story was filed rather than an
     * actor, but it is still a place in that region. Returned as a mention not in the article's
     * context, named in ordinary case; {@link RelationCandidates} lets it be only the head of a
     * relation to a place.
     */
    public static List<Mention> datelinePlaces(int sentence, List<CoreLabel> toks, List<Mention> mentions) {
        int k = 0;
        while (k < toks.size() && MentionTypes.isPlaceTag(toks.get(k).ner()) && isCapitals(toks.get(k).word())) {
            k++;
        }
        if (k == 0 || k + 1 >= toks.size() || !",".equals(toks.get(k).word())) {
            return List.of();
        }
        int end = k;
        boolean regionFollows = mentions.stream().anyMatch(m -> m.begin() == end + 1 && m.type() == EntityType.LOCATION);
        boolean known = mentions.stream().anyMatch(m -> m.begin() < end);
        if (!regionFollows || known) {
            return List.of();
        }
        String text = MentionText.of(toks, 0, k);
        StringBuilder name = new StringBuilder();
        for (String w : text.split(" ")) {
            name.append(name.length() > 0 ? " " : "").append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return List.of(new Mention(sentence, 0, k, text, name.toString(), EntityType.LOCATION, false));
    }

    private static boolean isCapitals(String w) {
        return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter);
    }

    /** "National Aeronautics and Space Administration": NER's two organisations may be one name. */
    private static boolean isAnd(CoreLabel tok) {
        return tok.word().equals("and") || tok.word().equals("&");
    }

    /** The first of the capitalised title words right before the token (the token itself when none). */
    private static int titleStart(List<CoreLabel> toks, int begin) {
        int t = begin;
        while (t > 0 && isTitle(toks.get(t - 1))) {
            t--;
        }
        return t;
    }

    private static boolean isTitle(CoreLabel tok) {
        String w = tok.word();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        String bare = w.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
        return HONORIFICS.contains(bare) || TitleLexicon.get().isTitleWord(w);
    }

    /** A capitalised adjective or name before a title: "Roman" Emperor, "U.S." Sen., "Austrian" Archduke. */
    private static boolean isModifier(CoreLabel tok) {
        String w = tok.word();
        String tag = tok.tag() == null ? "" : tok.tag();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (tag.startsWith("NNP") || tag.equals("JJ"))
                && !w.equalsIgnoreCase("the");
    }

    /** Whether the token at {@code end} is a period and nothing but quotes and brackets follow it. */
    static boolean endsSentenceBeforePeriod(List<CoreLabel> toks, int end) {
        if (end >= toks.size() || !".".equals(toks.get(end).word())) {
            return false;
        }
        for (int i = end + 1; i < toks.size(); i++) {
            if (!toks.get(i).word().matches("['\"`)\\]]+|-RRB-|''|``")) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load(String name) {
        Set<String> out = new HashSet<>();
        try (InputStream in = ArgumentSpans.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return Set.copyOf(out);
    }
}
