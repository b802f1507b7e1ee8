package io.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrase lists of CoreNLP's fine-grained NER step (the KBP gazetteers in the CoreNLP models
 * jar: about 580,000 cities, titles, countries, nationalities, states, religions, ideologies,
 * charges and causes of death), read into hash tables instead of one compiled token pattern per
 * phrase. CoreNLP's own step matches them with a general pattern engine, which costs more than the
 * statistical NER it refines and about a third of the models' load time; a phrase here is found by
 * looking up its words. The few hundred entries that are real regular expressions ("Calif\.?",
 * "secretary of .*") are kept as patterns and tried where their first word fits.
 *
 * <p>The two files are read as CoreNLP's default reads them: the first case-insensitive, the
 * second exact; of two entries for one phrase the first is kept unless a later one has a higher
 * priority.
 */
public final class KbpGazetteer {
    static final String DIR = "edu/stanford/nlp/models/kbp/english/gazetteers/";
    static final String CASELESS = DIR + "regexner_caseless.tab";
    static final String CASED = DIR + "regexner_cased.tab";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final char ANY = '\0';

    /** One line of a gazetteer file: the type it gives, the types it may overwrite, its priority and its place in the files. */
    public record Entry(String type, Set<String> overwritable, double priority, int order) {
    }

    /** A regular-expression entry: one pattern per token. */
    record PatternEntry(Pattern[] tokens, Entry entry) {
    }

    /** The gazetteer, read once per JVM; started early by {@link #preload()} so that it reads while CoreNLP loads its models. */
    private static final BackgroundLoad<KbpGazetteer> INSTANCE = new BackgroundLoad<>("the KBP gazetteers", KbpGazetteer::new);

    private final Map<String, Entry> caseless = new HashMap<>(1 << 20);
    private final Map<String, Entry> cased = new HashMap<>(1 << 13);
    /** Column sets after the pattern (type, overwritable types, priority), parsed once each. */
    private final Map<String, Entry> shapes = new HashMap<>();
    /** Longest phrase of two or more words per first word (lower case for the caseless table). */
    private final Map<String, Integer> caselessLongest = new HashMap<>(1 << 19);
    private final Map<String, Integer> casedLongest = new HashMap<>(1 << 12);
    /** Pattern entries by the lower-case first character their first word must have, followed by those that may start with any (alone under '\0'). */
    private final Map<Character, List<PatternEntry>> patterns = new HashMap<>();
    private final Set<String> types = new java.util.HashSet<>();
    /** Pattern entries by their tokens (lower case when read case-insensitively), over both files as CoreNLP keeps them. */
    private final Map<List<String>, Entry> seenPatterns = new HashMap<>();
    private int order;

    private KbpGazetteer() {
        read(CASELESS, true);
        read(CASED, false);
        // Each first character's list also holds the patterns that may start with any, so a word needs one lookup.
        List<PatternEntry> any = patterns.getOrDefault(ANY, List.of());
        patterns.forEach((c, list) -> {
            if (c != ANY) {
                list.addAll(any);
            }
        });
    }

    /** The gazetteer, read once per JVM: waits for the reading {@link #preload()} started, or reads it here. */
    public static KbpGazetteer get() {
        return INSTANCE.get();
    }

    /**
     * Starts reading the gazetteers on a thread of their own (about a second of one core), once: the
     * pipeline calls it before CoreNLP loads its models one after the other on the calling thread,
     * so on two cores or more the reading costs no wall time.
     */
    public static void preload() {
        INSTANCE.start();
    }

    /** Every type an entry gives: CoreNLP's step may always overwrite these. */
    public Set<String> types() {
        return types;
    }

    /** The entry for exactly these words, from the exact table first when both have one (CoreNLP then picks by priority). */
    public List<Entry> lookup(List<String> words) {
        List<Entry> out = new ArrayList<>(2);
        String joined = String.join(" ", words);
        Entry exact = cased.get(joined);
        if (exact != null) {
            out.add(exact);
        }
        Entry folded = caseless.get(joined.toLowerCase(Locale.ROOT));
        if (folded != null) {
            out.add(folded);
        }
        return out;
    }

    /** The most words a phrase starting with this word can have: at least 1, since any word may be a phrase of its own. */
    public int longestFrom(String word) {
        int a = casedLongest.getOrDefault(word, 1);
        int b = caselessLongest.getOrDefault(word.toLowerCase(Locale.ROOT), 1);
        return Math.max(a, b);
    }

    /** The regular-expression entries that may match from this word on: those whose first character fits and those that may start with any. */
    List<PatternEntry> patternsStarting(String word) {
        List<PatternEntry> any = patterns.getOrDefault(ANY, List.of());
        return word.isEmpty() ? any : patterns.getOrDefault(Character.toLowerCase(word.charAt(0)), any);
    }

    /** The character every word the pattern matches starts with (lower case), or {@link #ANY}. */
    private static char firstCharacter(String regex) {
        if (regex.length() < 1 || !Character.isLetterOrDigit(regex.charAt(0))) {
            return ANY;
        }
        if (regex.length() > 1 && "?*+{|".indexOf(regex.charAt(1)) >= 0 || regex.contains("|")) {
            return ANY; // the first character is optional or one of several alternatives
        }
        return Character.toLowerCase(regex.charAt(0));
    }

    private void read(String resource, boolean ignoreCase) {
        InputStream in = KbpGazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + ": not on the classpath (it ships in the stanford-corenlp models jar)");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": expected pattern<TAB>type[<TAB>overwrite<TAB>priority]");
                }
                add(line.substring(0, tab).trim(), entry(line.substring(tab + 1)), ignoreCase);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read", e);
        }
    }

    /** The type, overwritable types and priority after the pattern, as an entry; the few distinct column sets are parsed once. */
    private Entry entry(String columns) {
        Entry shape = shapes.computeIfAbsent(columns, KbpGazetteer::parseColumns);
        types.add(shape.type());
        return new Entry(shape.type(), shape.overwritable(), shape.priority(), order++);
    }

    private static Entry parseColumns(String columns) {
        String[] f = columns.split("\t");
        String type = f[0].trim();
        int comma = type.indexOf(',');
        if (comma > 0) {
            type = type.substring(0, comma).trim(); // CoreNLP takes the first of several types
        }
        Set<String> overwritable = f.length > 1 && !f[1].isBlank() ? Set.of(COMMA.split(f[1].trim())) : Set.of();
        double priority = f.length > 2 ? Double.parseDouble(f[2].trim()) : 0.0;
        return new Entry(type.intern(), overwritable, priority, 0);
    }

    private void add(String pattern, Entry entry, boolean ignoreCase) {
        String key = singleSpaced(pattern) ? pattern : WHITESPACE.matcher(pattern).replaceAll(" ");
        if (isLiteral(key)) {
            addLiteral(ignoreCase ? key.toLowerCase(Locale.ROOT) : key, entry, ignoreCase);
            return;
        }
        String[] tokens = key.split(" ");
        List<String> patternKey = List.of(ignoreCase ? key.toLowerCase(Locale.ROOT).split(" ") : tokens);
        if (keepNew(seenPatterns.get(patternKey), entry)) {
            seenPatterns.put(patternKey, entry);
            int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
            Pattern[] compiled = new Pattern[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                compiled[i] = Pattern.compile(tokens[i], flags);
            }
            patterns.computeIfAbsent(firstCharacter(tokens[0]), c -> new ArrayList<>()).add(new PatternEntry(compiled, entry));
        }
    }

    private void addLiteral(String key, Entry entry, boolean ignoreCase) {
        Map<String, Entry> table = ignoreCase ? caseless : cased;
        // CoreNLP keys both files in one table: an exact phrase in lower case is the same key as a folded one.
        Entry old = table.get(key);
        if (!ignoreCase && old == null) {
            old = caseless.get(key);
        }
        if (keepNew(old, entry)) {
            table.put(key, entry);
            int space = key.indexOf(' ');
            if (space > 0) {
                int words = 1 + (int) key.chars().filter(c -> c == ' ').count();
                (ignoreCase ? caselessLongest : casedLongest).merge(key.substring(0, space), words, Math::max);
            }
        }
    }

    private static boolean singleSpaced(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != ' ' && Character.isWhitespace(c) || c == ' ' && i + 1 < pattern.length() && pattern.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** CoreNLP's test for a plain string among token patterns (ComplexNodePattern): none of []?.\^$()*+{}|. */
    private static boolean isLiteral(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if ("[]?.\\^$()*+{}|".indexOf(pattern.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** CoreNLP keeps the first entry for a phrase unless a later one has a higher priority. */
    private static boolean keepNew(Entry old, Entry candidate) {
        return old == null || candidate.priority() > old.priority();
    }

}
