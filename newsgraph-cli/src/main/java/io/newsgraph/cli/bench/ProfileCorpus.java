package io.newsgraph.cli.bench;

import io.newsgraph.eval.Conll04Reader;
import io.newsgraph.eval.GoldDocument;
import io.newsgraph.ingest.Ingest;
import io.newsgraph.model.Article;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A varied news corpus for profiling extraction, of at least a given number of words: the
 * bundled example articles, then, taken in turn, synthetic news stories of every event type
 * (shared data, ngec-synthetic) and CoNLL04 news sentences grouped twenty to an article. The
 * same corpus every time (first items of each source, in file order).
 */
final class ProfileCorpus {
    private static final int SENTENCES_PER_ARTICLE = 20;

    private ProfileCorpus() {
    }

    static List<Article> build(Path shared, Path examples, int minWords) throws IOException {
        List<Article> out = new ArrayList<>(new Ingest().read(List.of(examples.toString()), InputStream.nullInputStream()).articles());
        long words = out.stream().mapToLong(a -> words(a.text())).sum();
        Iterator<Article> stories = stories(shared.resolve("data/ngec-synthetic/gpt_synthetic_events_2023-10-19_19.csv"));
        Iterator<Article> sentences = conll04(shared.resolve("data/conll04/conll04_train.json")).iterator();
        while (words < minWords && (stories.hasNext() || sentences.hasNext())) {
            for (Iterator<Article> source : List.of(stories, sentences)) {
                if (source.hasNext() && words < minWords) {
                    Article a = source.next();
                    out.add(a);
                    words += words(a.text());
                }
            }
        }
        return out;
    }

    /** A story as the file has it; cleaned into an article only when the corpus takes it. */
    private record Story(String id, String title, String text) {
        Article article() {
            return ProfileCorpus.article(id, title, text);
        }
    }

    /**
     * One story per event type in turn, so that every type's wording is in the corpus. The file holds
     * thousands; cleaning only those taken keeps a build of a small corpus quick.
     */
    private static Iterator<Article> stories(Path csv) throws IOException {
        Map<String, List<Story>> byLabel = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            int n = 0;
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String text = rec.get("text").strip();
                if (!text.isEmpty()) {
                    byLabel.computeIfAbsent(rec.get("label"), k -> new ArrayList<>())
                            .add(new Story("story-" + n++, rec.get("title"), text));
                }
            }
        }
        return interleave(byLabel).stream().map(Story::article).iterator();
    }

    private static List<Story> interleave(Map<String, List<Story>> byLabel) {
        List<Story> interleaved = new ArrayList<>();
        for (int i = 0; ; i++) {
            boolean any = false;
            for (List<Story> group : byLabel.values()) {
                if (i < group.size()) {
                    interleaved.add(group.get(i));
                    any = true;
                }
            }
            if (!any) {
                return interleaved;
            }
        }
    }

    private static List<Article> conll04(Path json) throws IOException {
        List<GoldDocument> docs = Conll04Reader.read(json);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i += SENTENCES_PER_ARTICLE) {
            StringBuilder text = new StringBuilder();
            for (GoldDocument d : docs.subList(i, Math.min(docs.size(), i + SENTENCES_PER_ARTICLE))) {
                text.append(d.text()).append("\n\n");
            }
            out.add(article("conll04-" + i, null, text.toString().strip()));
        }
        return out;
    }

    private static Article article(String id, String title, String text) {
        return new Article(id, title, null, null, null, null, null, Ingest.cleaner().clean(text).text());
    }

    static long words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
