package io.newsgraph.resolve;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Within one article, the other names a person or organisation goes by, each link with the reason
 * it was made: a surname with its particle ("Van der Berg" after "Anna van der Berg"), a quoted
 * nickname ('Thomas "Tommy" Reilly', then "Tommy"), a first name's initial ("T. Reilly"), and an
 * acronym introduced in brackets after an organisation's name ("the Tarn Valley Authority (TVA)").
 * A short name that fits two full names links to neither: two people who share a surname stay two.
 */
final class AliasLinks {
    /** Two grouping keys ({@link EntityResolver#norm}) for one thing, and why. */
    record Link(String from, String to, String reason) {
    }

    private static final Set<String> PARTICLES = ResolverWords.WORDS.words("name-particles");
    private static final Pattern NICKNAME = Pattern.compile("[\"\u201C](\\p{Lu}[\\p{L}'.-]*)[\"\u201D]");
    private static final Pattern BRACKET = Pattern.compile("\\s*\\(\\s*(\\p{Lu}[\\p{Lu}&.-]{1,9})\\s*\\)");

    private AliasLinks() {
    }

    static List<Link> of(ArticleExtraction doc, Map<String, EntityType> typeOfName) {
        Set<String> people = new TreeSet<>();
        for (Mention m : doc.mentions()) {
            if (!m.synthetic() && typeOfName.get(EntityResolver.norm(m.name())) == EntityType.PERSON) {
                people.add(EntityResolver.norm(m.name()));
            }
        }
        List<Link> out = new ArrayList<>();
        Map<String, String> nicknames = nicknames(doc);
        for (String n : people) {
            String[] w = n.split(" ");
            if (w.length > 1 && PARTICLES.contains(w[0])) {
                unique(people, f -> !f.equals(n) && f.endsWith(" " + n) && f.split(" ").length > w.length)
                        .ifPresent(f -> out.add(new Link(n, f, "surname with particle")));
            }
            if (w.length == 2 && w[0].matches("\\p{L}\\.")) {
                unique(people, f -> !f.equals(n) && f.split(" ").length >= 2 && f.endsWith(" " + w[1])
                        && f.charAt(0) == w[0].charAt(0) && !f.matches("\\p{L}\\. .*"))
                        .ifPresent(f -> out.add(new Link(n, f, "initial")));
            }
            String full = nicknames.get(w[0]);
            if (full != null && !full.equals(n) && (w.length == 1 || full.endsWith(" " + w[w.length - 1]))) {
                out.add(new Link(n, full, "nickname"));
            }
        }
        nicknames.forEach((nick, full) -> out.add(new Link(nick, full, "nickname")));
        out.addAll(bracketAcronyms(doc));
        return out;
    }

    /** Nickname (case-folded) to the full name it was given in: 'Thomas "Tommy" Reilly' gives tommy -> thomas reilly. */
    private static Map<String, String> nicknames(ArticleExtraction doc) {
        Map<String, String> out = new TreeMap<>();
        for (Mention m : doc.mentions()) {
            Matcher k = NICKNAME.matcher(m.text());
            if (m.type() == EntityType.PERSON && !m.synthetic() && k.find() && !m.text().equals(m.name())) {
                out.put(EntityResolver.norm(k.group(1)), EntityResolver.norm(m.name()));
            }
        }
        return out;
    }

    /** "the Tarn Valley Authority (TVA)": an organisation's name right before a bracketed acronym that is also a mention. */
    private static List<Link> bracketAcronyms(ArticleExtraction doc) {
        List<Link> out = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            if (m.synthetic() || m.type() != EntityType.ORGANIZATION || m.sentence() >= doc.sentences().size()) {
                continue;
            }
            String text = doc.sentences().get(m.sentence()).text();
            int at = text.indexOf(m.text());
            while (at >= 0) {
                Matcher b = BRACKET.matcher(text).region(at + m.text().length(), text.length());
                if (b.lookingAt()) {
                    String acronym = b.group(1);
                    boolean isMention = doc.mentions().stream().anyMatch(o -> o.name().equals(acronym) && o.sentence() == m.sentence());
                    if (isMention && !acronym.equals(m.name())) {
                        out.add(new Link(EntityResolver.norm(acronym), EntityResolver.norm(m.name()), "acronym in brackets"));
                    }
                }
                at = text.indexOf(m.text(), at + 1);
            }
        }
        return out;
    }

    private static java.util.Optional<String> unique(Set<String> names, java.util.function.Predicate<String> fits) {
        List<String> found = names.stream().filter(fits).toList();
        return found.size() == 1 ? java.util.Optional.of(found.get(0)) : java.util.Optional.empty();
    }
}
