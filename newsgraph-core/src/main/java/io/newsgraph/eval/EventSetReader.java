package io.newsgraph.eval;

import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an event test set: tab-separated rows {@code id, text, predicate, source, target, polarity,
 * modality, cameo}, "#" comments. Rows with the same id are one sentence and must repeat its text.
 * Predicate "-" marks a sentence with no event to find. Names may list spellings separated by "|".
 */
public final class EventSetReader {
    private static final int COLUMNS = 8;

    private EventSetReader() {
    }

    public static List<EventSentence> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> roots = new LinkedHashMap<>();
        Map<String, List<EventSentence.Expected>> events = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = file.getFileName() + ":" + (i + 1) + ": ";
            String[] c = line.split("\t", -1);
            if (c.length != COLUMNS) {
                throw new IOException(where + "expected " + COLUMNS + " tab-separated columns, found " + c.length);
            }
            String id = c[0].trim();
            String known = texts.putIfAbsent(id, c[1].trim());
            if (known != null && !known.equals(c[1].trim())) {
                throw new IOException(where + "sentence " + id + " has another text on an earlier row");
            }
            String cameo = c[7].trim();
            if (!cameo.matches("\\d{2,4}")) {
                throw new IOException(where + "CAMEO code '" + cameo + "' is not 2 to 4 digits");
            }
            roots.putIfAbsent(id, cameo.substring(0, 2));
            List<EventSentence.Expected> list = events.computeIfAbsent(id, k -> new ArrayList<>());
            if (!c[2].trim().equals("-")) {
                list.add(expected(c, cameo, where));
            }
        }
        List<EventSentence> out = new ArrayList<>();
        texts.forEach((id, text) -> out.add(new EventSentence(id, text, roots.get(id), events.get(id))));
        return out;
    }

    private static EventSentence.Expected expected(String[] c, String cameo, String where) throws IOException {
        try {
            return new EventSentence.Expected(Predicate.parse(c[2]), names(c[3]), names(c[4]),
                    Polarity.parse(c[5].trim()), Modality.parse(c[6].trim()), cameo);
        } catch (IllegalArgumentException e) {
            throw new IOException(where + e.getMessage(), e);
        }
    }

    private static Set<String> names(String cell) {
        return Arrays.stream(cell.split("\\|")).map(FoundEvent::normalise).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
