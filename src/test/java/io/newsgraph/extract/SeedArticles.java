package io.newsgraph.extract;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test-only reader for the shared seed articles until the ingest stage's facade is on main: it
 * drops a front-matter block, advert markers and photo-credit lines and keeps the rest verbatim.
 * It is not a cleaner; production text comes from io.newsgraph.ingest.
 */
public final class SeedArticles {
    private SeedArticles() {
    }

    public static Path seedDir() {
        return TestGraphs.shared().resolve("seeds");
    }

    public static List<Article> load() {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(seedDir())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(read(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Article read(Path p) throws IOException {
        String raw = Files.readString(p, StandardCharsets.UTF_8);
        String id = p.getFileName().toString().replaceAll("_.*", "");
        String published = null;
        String title = null;
        if (raw.startsWith("---")) {
            int end = raw.indexOf("\n---", 3);
            String front = raw.substring(3, end);
            for (String line : front.split("\n")) {
                if (line.startsWith("date:")) {
                    published = line.substring(5).trim().split(" ")[0];
                } else if (line.startsWith("title:")) {
                    title = line.substring(6).trim().replaceAll("^'|'$", "");
                }
            }
            raw = (title == null ? "" : title + "\n\n") + raw.substring(end + 4);
        }
        // Stand-in for the ingest stage's encoding repair: UTF-8 punctuation read as Windows-1257/1252.
        raw = raw.replace("\u0101\u20ac\u2122", "\u2019").replace("\u0101\u20ac\u201d", "\u2014")
                .replace("\u0101\u20ac\u0153", "\u201c")
                .replace("\u0101\u20ac\u00a6", "\u2026").replace("\u0101\u20ac", "\u201d");
        StringBuilder text = new StringBuilder();
        for (String line : raw.split("\n", -1)) {
            String t = line.strip();
            if (t.equals("Advertisement") || t.startsWith("Photo:")) {
                continue;
            }
            text.append(line).append('\n');
        }
        return new Article(id, title, "seed", published == null ? "2024-10-25" : published, null, null,
                p.toString(), text.toString().strip());
    }
}
