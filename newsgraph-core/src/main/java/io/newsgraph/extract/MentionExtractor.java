package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.model.EntityType;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named mentions from CoreNLP's fine-grained NER: runs of tokens with one entity tag become a
 * mention; institutions known by a one-word name ("the Kremlin") override the NER tag; a capitalised
 * word glued to a place name ("Gigafactory Shanghai") makes an organisation; bylines and credits
 * written in capitals are skipped.
 */
public final class MentionExtractor implements Extractor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MentionExtractor.class);
    private static final Pattern CREDIT_LINE = Pattern.compile("^\\s*(Photo|Image|Credit|Picture|Illustration)s?\\s*:.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTY_AND_STATE = Pattern.compile("[DRI]-[A-Z][A-Za-z.]*");
    private final Gazetteer gazetteer = Gazetteer.get();

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.TOKENIZE, Capability.SSPLIT, Capability.POS, Capability.NER);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.MENTIONS);
    }

    @Override
    public void extract(ArticleContext ctx) {
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            if (CREDIT_LINE.matcher(ctx.sentenceText(s)).matches()) {
                continue;
            }
            List<CoreLabel> toks = ctx.tokens(s);
            addGazetteerOrganisations(ctx, s, toks);
            for (MentionBoundaries.Run r : MentionBoundaries.repair(toks, runs(toks))) {
                add(ctx, s, toks, r.begin(), r.end(), r.type());
            }
        }
        UntaggedNames.add(ctx);
        tagMissedNames(ctx);
        voteTypes(ctx);
        TypeEvidence.apply(ctx);
    }

    /** The runs of one sentence's tokens that NER tagged as one name, before their boundaries are repaired. */
    private List<MentionBoundaries.Run> runs(List<CoreLabel> toks) {
        List<MentionBoundaries.Run> runs = new java.util.ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            EntityType type = isListBreak(toks.get(i)) ? null : typeOf(toks.get(i).ner());
            if (type == null && "O".equals(toks.get(i).ner()) && gazetteer.isCapital(toks.get(i).word())) {
                type = EntityType.LOCATION; // a capital city NER left untagged
            }
            if (type == null && "NATIONALITY".equals(toks.get(i).ner()) && isCountryName(toks.get(i).word())) {
                type = EntityType.LOCATION; // "urged Myanmar to ...": NER took the country for a nationality
            }
            if (type == null) {
                i++;
                continue;
            }
            String tag = toks.get(i).ner();
            int j = i + 1;
            // Touching place tags are one name: fine-grained NER splits "Loei Province" into CITY + LOCATION.
            while (j < toks.size() && !"O".equals(tag) && (tag.equals(toks.get(j).ner())
                    || (type == EntityType.LOCATION && typeOf(toks.get(j).ner()) == type)) && !isListBreak(toks.get(j))) {
                j++;
            }
            int begin = i;
            while (type != EntityType.LOCATION && begin < j - 1 && isDescriptorWord(toks.get(begin))) {
                begin++; // "fashion house Acme" tagged as one organisation: the name is "Acme"
            }
            if (type == EntityType.LOCATION && begin > 0 && isBareProperNoun(toks.get(begin - 1))) {
                // "Gigafactory Shanghai": a named facility or company that contains a place name.
                begin--;
                type = EntityType.ORGANIZATION;
            }
            runs.add(new MentionBoundaries.Run(begin, j, type));
            i = j;
        }
        return runs;
    }

    /**
     * NER leaves a known surname untagged now and then ("Musk's relationship ..."): a capitalised
     * word equal to a name the article tagged elsewhere becomes a mention of that type.
     */
    private void tagMissedNames(ArticleContext ctx) {
        java.util.Map<String, EntityType> known = new java.util.HashMap<>();
        for (Mention m : ctx.mentions()) {
            if (!m.synthetic() && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
                String[] parts = m.text().split("\\s+");
                known.putIfAbsent(m.text(), m.type());
                if (m.type() == EntityType.PERSON) {
                    known.putIfAbsent(parts[parts.length - 1], EntityType.PERSON);
                }
            }
        }
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            List<CoreLabel> toks = ctx.tokens(s);
            for (int i = 0; i < toks.size(); i++) {
                CoreLabel t = toks.get(i);
                EntityType type = known.get(t.word());
                if (type != null && "O".equals(t.ner()) && t.word().length() >= 3 && Character.isUpperCase(t.word().charAt(0))
                        && t.tag().startsWith("NN") && ctx.mentionAt(s, i) == null) {
                    ctx.addMention(new Mention(s, i, i + 1, t.word(), t.word(), type, false));
                }
            }
        }
    }

    /**
     * NER tags the same name differently from one sentence to the next ("Elon Musk" as an
     * organisation once): within an article, a name takes the type most of its mentions have, and
     * a person's surname counts for the full name; ties go to person.
     */
    private static void voteTypes(ArticleContext ctx) {
        java.util.Map<String, int[]> votes = new java.util.HashMap<>();
        for (Mention m : ctx.mentions()) {
            if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) {
                int[] v = votes.computeIfAbsent(lastWord(m.name()), k -> new int[2]);
                v[m.type() == EntityType.PERSON ? 0 : 1]++;
            }
        }
        for (Mention m : ctx.mentions()) {
            int[] v = votes.get(lastWord(m.name()));
            if (v == null || m.synthetic() || Gazetteer.get().organisation(m.name()).isPresent()) {
                continue;
            }
            if (m.type() == EntityType.ORGANIZATION && v[0] >= v[1] && v[0] > 0) {
                ctx.retype(m, EntityType.PERSON);
            } else if (m.type() == EntityType.PERSON && v[1] > v[0]) {
                ctx.retype(m, EntityType.ORGANIZATION);
            }
        }
    }

    private static String lastWord(String name) {
        String[] p = name.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return p[p.length - 1];
    }

    private void addGazetteerOrganisations(ArticleContext ctx, int s, List<CoreLabel> toks) {
        for (int i = 0; i < toks.size(); i++) {
            for (int len = 4; len >= 1; len--) {
                if (i + len > toks.size()) {
                    continue;
                }
                String phrase = join(toks, i, i + len);
                var org = gazetteer.organisation(phrase);
                if (org.isPresent() && Character.isUpperCase(phrase.charAt(0))) {
                    ctx.addMention(new Mention(s, i, i + len, phrase, org.get(), EntityType.ORGANIZATION, false));
                    i += len - 1;
                    break;
                }
            }
        }
    }

    private void add(ArticleContext ctx, int s, List<CoreLabel> toks, int begin, int end, EntityType type) {
        while (begin < end && (toks.get(begin).word().equalsIgnoreCase("the") || "POS".equals(toks.get(begin).tag())
                || toks.get(begin).word().matches("\\p{Punct}+"))) {
            begin++;
        }
        while (end > begin && ("POS".equals(toks.get(end - 1).tag()) || toks.get(end - 1).word().matches("\\p{Punct}+"))) {
            end--;
        }
        if (begin >= end) {
            return;
        }
        String text = NameText.trimmed(join(toks, begin, end));
        if (NameText.isBroken(text) || text.isEmpty()) {
            LOG.warn("{}: name '{}' holds characters of a broken encoding; left out", ctx.article().id(),
                    text.replaceAll("\\p{Cc}", "?"));
            return;
        }
        if (type == EntityType.PERSON && end - begin > 1 && text.equals(text.toUpperCase()) && text.matches(".*[A-Z].*")) {
            return; // a byline or photo credit in capitals, not a person the article talks about
        }
        if (!text.matches(".*\\p{L}.*")) {
            return;
        }
        if (type == EntityType.LOCATION && PARTY_AND_STATE.matcher(text).matches()) {
            return; // "Sen. Jake Garn, R-Utah": a legislator's party and state, not a place named in the story
        }
        if (begin == 0 && text.equals(text.toUpperCase()) && text.length() > 3 && end < toks.size()
                && toks.get(end).word().matches(",|\u2014|--|-") && hasVerb(toks)) {
            // A dateline ("MOSCOW —", "WASHINGTON, Oct. 25"): where the story was filed, not an actor. A dateline
            // that is a line of its own ("DAYTON, Ohio (AP)") has no verb to act in, and stays the place it names.
            return;
        }
        String name = text;
        var nick = type == EntityType.PERSON ? Nicknames.nickname(toks, begin, end) : java.util.Optional.<Integer>empty();
        if (nick.isPresent()) {
            // 'Thomas "Tommy" Reilly' is named Thomas Reilly; the resolver keeps "Tommy" as an alias.
            name = join(toks, begin, nick.get() - 1) + " " + join(toks, nick.get() + 2, end);
        }
        if (type == EntityType.LOCATION) {
            name = gazetteer.country(text).orElse(text);
        }
        var org = gazetteer.organisation(text);
        if (org.isPresent()) {
            name = org.get();
            type = EntityType.ORGANIZATION;
        }
        ctx.addMention(new Mention(s, begin, end, text, name, type, false));
    }

    private boolean isCountryName(String word) {
        return gazetteer.country(word).isPresent() || StateActors.get().isCountry(word);
    }

    private static boolean hasVerb(List<CoreLabel> toks) {
        return toks.stream().anyMatch(t -> t.tag() != null && t.tag().startsWith("VB"));
    }

    /** "Northwind Energy and Harbor Logistics" is two organisations even when NER tags the "and". */
    private static boolean isListBreak(CoreLabel t) {
        return "CC".equals(t.tag()) || "POS".equals(t.tag()) || ",".equals(t.word()) || ";".equals(t.word());
    }

    /** A lower-case common noun or adjective: a descriptor before a name, never part of it. */
    private static boolean isDescriptorWord(CoreLabel t) {
        String w = t.word();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && t.tag() != null
                && (t.tag().equals("NN") || t.tag().equals("NNS") || t.tag().equals("JJ"));
    }

    private static boolean isBareProperNoun(CoreLabel t) {
        return "NNP".equals(t.tag()) && "O".equals(t.ner()) && t.index() > 1
                && Character.isUpperCase(t.word().charAt(0)) && !TitleLexicon.get().isTitleWord(t.word());
    }

    static EntityType typeOf(String ner) {
        if (ner == null) {
            return null;
        }
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }

    static String join(List<CoreLabel> toks, int begin, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = begin; i < end; i++) {
            CoreLabel t = toks.get(i);
            if (i > begin && !t.before().isEmpty()) {
                b.append(' ');
            }
            b.append(t.originalText() == null || t.originalText().isEmpty() ? t.word() : t.originalText());
        }
        return b.toString();
    }
}
