package io.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt, MIT, format in dictionaries.rst) into
 * the compact resource extraction loads, io/newsgraph/extract/events/cameo-verbs.tsv. The output is
 * a function of the input alone, so a test can regenerate it from ../shared and compare.
 * Kept: synonym sets, verb blocks with their code, each verb (lemma, multi-word phrase, own code)
 * and each pattern with its code. Dropped: comments, irregular forms (CoreNLP gives lemmas), and
 * the eight verb-verb transformations ("~" lines), which need a coder of nested clauses.
 * <p>Run: {@code java -cp newsgraph-core/target/classes io.newsgraph.eval.CameoVerbConverter ../shared/data/petrarch2
 * src/main/resources/io/newsgraph/extract/events/cameo-verbs.tsv}
 */
public final class CameoVerbConverter {
    private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]");
    private static final Pattern VERB = Pattern.compile("^([^\\s{\\[]+)\\s*(\\{[^}]*\\})?\\s*(\\[([^\\]]*)\\])?");
    private static final Pattern PATTERN = Pattern.compile("^-\\s*(.*?)\\s*\\[([^\\]]*)\\]\\s*$");

    private CameoVerbConverter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CameoVerbConverter PETRARCH2_DIR OUTPUT_TSV");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.writeString(Path.of(args[1]), convert(dir), StandardCharsets.UTF_8);
    }

    /** The resource text for the dictionary and licence in a PETRARCH2 dictionaries folder. */
    public static String convert(Path petrarchDir) throws IOException {
        List<String> dictionary = Files.readAllLines(petrarchDir.resolve("CAMEO.2.0.txt"), StandardCharsets.ISO_8859_1);
        List<String> licence = Files.readAllLines(petrarchDir.resolve("LICENSE"), StandardCharsets.UTF_8);
        return convert(dictionary, licence);
    }

    public static String convert(List<String> dictionary, List<String> licence) throws IOException {
        StringBuilder out = new StringBuilder(header(licence));
        String synset = null;
        List<String> members = new ArrayList<>();
        int block = 0;
        for (int i = 0; i < dictionary.size(); i++) {
            String line = stripComment(dictionary.get(i));
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("&")) {
                flushSynset(out, synset, members);
                synset = line.trim().toLowerCase(Locale.ROOT).replaceAll("_$", "");
            } else if (synset != null && line.startsWith("+")) {
                members.add(phraseWords(line.substring(1).trim()));
            } else if (line.startsWith("---")) {
                flushSynset(out, synset, members);
                synset = null;
                Matcher m = BLOCK.matcher(line);
                if (!m.find()) {
                    throw new IOException("CAMEO.2.0.txt:" + (i + 1) + ": unreadable block header: " + line.trim());
                }
                block++;
                out.append("B\t").append(block).append('\t').append(m.group(1).toLowerCase(Locale.ROOT)).append('\t')
                        .append(m.group(2).trim()).append('\n');
            } else if (line.startsWith("~")) {
                continue; // transformations: see the class comment
            } else if (line.startsWith("-")) {
                out.append(pattern(line, i, block));
            } else if (block > 0) {
                out.append(verb(line, i, block));
            }
        }
        flushSynset(out, synset, members);
        return out.toString();
    }

    private static String verb(String line, int i, int block) throws IOException {
        Matcher m = VERB.matcher(line.trim());
        if (!m.find()) {
            throw new IOException("CAMEO.2.0.txt:" + (i + 1) + ": unreadable verb line: " + line.trim());
        }
        String raw = m.group(1).toLowerCase(Locale.ROOT).replaceAll("_+$", "");
        String[] words = raw.split("_");
        String lemma = words[0].replace("+", "");
        StringBuilder phrase = new StringBuilder();
        for (String w : words) {
            if (w.startsWith("+")) {
                lemma = w.substring(1);
            }
            phrase.append(phrase.length() == 0 ? "" : " ").append(w);
        }
        String own = m.group(4) == null ? "-" : m.group(4).trim();
        return "V\t" + block + '\t' + lemma + '\t' + (words.length == 1 ? "-" : phrase) + '\t' + own + '\n';
    }

    private static String pattern(String line, int i, int block) throws IOException {
        Matcher m = PATTERN.matcher(line.trim());
        if (!m.find()) {
            throw new IOException("CAMEO.2.0.txt:" + (i + 1) + ": unreadable pattern: " + line.trim());
        }
        String body = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        return "P\t" + block + '\t' + body + '\t' + m.group(2).trim() + '\n';
    }

    private static void flushSynset(StringBuilder out, String name, List<String> members) {
        if (name != null) {
            out.append("S\t").append(name).append('\t').append(String.join("|", members)).append('\n');
        }
        members.clear();
    }

    /** "CASH_" -> "cash"; "WRITTEN_AGREEMENT" -> "written agreement". */
    private static String phraseWords(String raw) {
        return raw.toLowerCase(Locale.ROOT).replaceAll("_+$", "").replace('_', ' ').trim();
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static String header(List<String> licence) {
        StringBuilder h = new StringBuilder();
        h.append("""
                # CAMEO verb patterns, converted from the PETRARCH2 verb dictionary CAMEO.2.0.txt (Open Event Data
                # Alliance, github.com/openeventdata/petrarch2 at 676801cd9cb2924bbbad09f86d15c9323e7097bf,
                # petrarch2/data/dictionaries/; "Copyright (c) 2015 Open Event Data Alliance", MIT licence below) by
                # io.newsgraph.eval.CameoVerbConverter. Do not edit by hand: regenerate (docs/events.md).
                # Rows (tab separated):
                #   S  synset   name (&weapon), phrases separated by "|"
                #   B  block    number, name, CAMEO code of the block ("---" = no event)
                #   V  verb     block, lemma, multi-word phrase with "+" on the verb ("+meet with") or "-", own code or "-"
                #   P  pattern  block, pattern (nouns before "*", the verb, nouns and "(preposition noun)" after), code
                #
                """);
        for (String l : licence) {
            h.append(l.isBlank() ? "#" : "# " + l).append('\n');
        }
        return h.append("#\n").toString();
    }
}
