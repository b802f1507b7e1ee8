package io.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the converters of PETRARCH2's dictionaries share: reading them, their comments, and the licence header they write. */
final class PetrarchDictionaries {
    private PetrarchDictionaries() {
    }

    /** A dictionary file's lines; PETRARCH2 writes them in Latin-1. */
    static List<String> lines(Path petrarchDir, String file) throws IOException {
        return Files.readAllLines(petrarchDir.resolve(file), StandardCharsets.ISO_8859_1);
    }

    static List<String> licence(Path petrarchDir) throws IOException {
        return Files.readAllLines(petrarchDir.resolve("LICENSE"), StandardCharsets.UTF_8);
    }

    /** The command line of a converter: PETRARCH2_DIR OUTPUT_TSV. */
    static void run(String[] args, String name, Converter converter) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: " + name + " PETRARCH2_DIR OUTPUT_TSV");
            System.exit(2);
        }
        Files.writeString(Path.of(args[1]), converter.convert(Path.of(args[0])), StandardCharsets.UTF_8);
    }

    interface Converter {
        String convert(Path petrarchDir) throws IOException;
    }

    static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** The header of a converted file: what it is (already commented), then the licence, commented. */
    static String header(String about, List<String> licence) {
        StringBuilder h = new StringBuilder(about);
        for (String l : licence) {
            h.append(l.isBlank() ? "#" : "# " + l).append('\n');
        }
        return h.toString();
    }

    /** Levenshtein distance: how many single-letter edits turn one spelling into the other. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int swap = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + swap);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
