package io.newsgraph.extract;

import io.newsgraph.TestGraphs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lexicon files and the code agree: every class a file defines is read, every class read is defined. */
class WordClassesTest {
    private static final List<String> FILES = List.of(
            "/io/newsgraph/extract/lexicon.tsv", "/io/newsgraph/extract/names.tsv", "/io/newsgraph/resolve/names.tsv");
    /** A class name in a call such as WORDS.is("negators", w) or WordClasses.get().words("modals"). */
    private static final Pattern USE = Pattern.compile("\\.(?:is|words)\\(\"([a-z][a-z-]*)\"");

    @Test
    void everyClassTheCodeAsksForIsDefined() {
        Set<String> defined = defined();
        Map<String, String> asked = new TreeMap<>();
        sources().forEach((file, text) -> {
            Matcher m = USE.matcher(text);
            while (m.find()) {
                asked.putIfAbsent(m.group(1), file);
            }
        });
        assertThat(asked).isNotEmpty();
        asked.forEach((cls, file) -> assertThat(defined).as(file + " asks for word class '" + cls + "'").contains(cls));
    }

    @Test
    void everyDefinedClassIsNamedInTheCode() {
        // A class may be passed on as a string before it is looked up (hasMark(g, w, "modals")),
        // so here any string literal with its name counts as a use.
        String code = String.join("\n", sources().values());
        assertThat(defined()).allSatisfy(cls -> assertThat(code).as("word class '" + cls + "' is never read: remove it or use it")
                .contains("\"" + cls + "\""));
    }

    @Test
    void anUnknownClassFailsNamingItAndTheFile() {
        assertThatThrownBy(() -> WordClasses.get().is("no-such-class", "word"))
                .hasMessageContaining("'no-such-class'").hasMessageContaining("lexicon.tsv");
    }

    @Test
    void wordsMatchWhateverTheirCase() {
        assertThat(WordClasses.get().is("negators", "Never")).isTrue();
        assertThat(WordClasses.get().is("negators", "always")).isFalse();
        assertThat(WordClasses.get().is("negators", null)).isFalse();
    }

    private static Set<String> defined() {
        Set<String> defined = new TreeSet<>();
        FILES.forEach(f -> defined.addAll(WordClasses.load(f).classNames()));
        return defined;
    }

    /** The main sources of newsgraph-core by file name. */
    private static Map<String, String> sources() {
        Map<String, String> texts = new TreeMap<>();
        Path src = TestGraphs.repoRoot().resolve("newsgraph-core/src/main/java");
        try (Stream<Path> files = Files.walk(src)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> texts.put(p.getFileName().toString(), read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
