package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gender the article gives each person, for "he"/"she": from a form of address before the
 * name ("Ms", "Sir"), else from the first name in CoreNLP's own first-name list (the
 * {@code namegender.combine.txt} of its models jar, 14,600 names; names listed as both are left
 * unknown). One surname, one gender: "Laura Becker" tells the gender of a later "Becker". Unknown
 * fits every pronoun.
 */
final class NameGender {
    enum Gender { MALE, FEMALE, UNKNOWN }

    static final String FIRST_NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Map<String, Gender> BY_FIRST_NAME = load(FIRST_NAMES);
    private static final Set<String> MALE_ADDRESS = WordClasses.get().words("male-address");
    private static final Set<String> FEMALE_ADDRESS = WordClasses.get().words("female-address");

    private final Map<String, Gender> bySurname = new HashMap<>();

    private NameGender() {
    }

    /** The genders the article tells, read once from all its person mentions. */
    static NameGender of(ArticleContext ctx) {
        NameGender g = new NameGender();
        Set<String> conflicting = new HashSet<>();
        for (Mention m : ctx.mentions()) {
            if (m.type() != EntityType.PERSON || m.synthetic()) {
                continue;
            }
            Gender told = told(ctx, m);
            String surname = CorefLinker.RoughName.surname(m);
            if (told == Gender.UNKNOWN || conflicting.contains(surname)) {
                continue;
            }
            Gender before = g.bySurname.putIfAbsent(surname, told);
            if (before != null && before != told) {
                g.bySurname.remove(surname); // two people of one surname: say nothing
                conflicting.add(surname);
            }
        }
        return g;
    }

    Gender of(Mention person) {
        return bySurname.getOrDefault(CorefLinker.RoughName.surname(person), Gender.UNKNOWN);
    }

    /** False only when the person's known gender contradicts the pronoun's ("she" and a Mr). */
    boolean fits(Mention person, String pronoun) {
        Gender g = of(person);
        if (PronounAntecedents.MALE.contains(pronoun)) {
            return g != Gender.FEMALE;
        }
        if (PronounAntecedents.FEMALE.contains(pronoun)) {
            return g != Gender.MALE;
        }
        return true;
    }

    private static Gender told(ArticleContext ctx, Mention m) {
        List<CoreLabel> toks = ctx.tokens(m.sentence());
        String address = m.begin() > 0 ? toks.get(m.begin() - 1).word() : "";
        String firstWord = m.text().split("\\s+")[0];
        for (String w : List.of(address, firstWord)) {
            String key = w.replace(".", "").toLowerCase(Locale.ROOT);
            if (MALE_ADDRESS.contains(key)) {
                return Gender.MALE;
            }
            if (FEMALE_ADDRESS.contains(key)) {
                return Gender.FEMALE;
            }
        }
        String[] parts = m.name().split("\\s+");
        return parts.length < 2 ? Gender.UNKNOWN : BY_FIRST_NAME.getOrDefault(parts[0].toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /** Name TAB MALE|FEMALE per line; a name listed with both genders is left out. Empty without the models jar. */
    static Map<String, Gender> load(String resource) {
        InputStream in = NameGender.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return Map.of();
        }
        Map<String, Gender> out = new HashMap<>();
        Set<String> both = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length != 2 || !(f[1].equals("MALE") || f[1].equals("FEMALE"))) {
                    continue;
                }
                String name = f[0].trim().toLowerCase(Locale.ROOT);
                Gender g = Gender.valueOf(f[1]);
                Gender prev = out.put(name, g);
                if (prev != null && prev != g) {
                    both.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        both.forEach(out::remove);
        return Map.copyOf(out);
    }
}
