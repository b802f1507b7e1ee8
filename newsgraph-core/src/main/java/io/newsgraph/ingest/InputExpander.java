package io.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the user's inputs (files, directories, "-") into the list of sources to read.
 * Directories are walked recursively in name order, so every run reads the same files in the
 * same order; hidden files are skipped; a symbolic link back to a directory already being walked
 * is reported and not followed; a file reached twice is read once.
 */
final class InputExpander {
    private static final int MAX_DEPTH = 64;

    private final ReaderRegistry registry;
    private final Problems problems;
    private final Set<Path> seenFiles = new HashSet<>();

    InputExpander(ReaderRegistry registry, Problems problems) {
        this.registry = registry;
        this.problems = problems;
    }

    List<Source> expand(List<String> inputs, InputStream stdin) {
        List<Source> out = new ArrayList<>();
        boolean stdinUsed = false;
        for (String input : inputs) {
            if (input.equals("-")) {
                if (stdinUsed) {
                    problems.warning(Source.STDIN_NAME, 0, "'-' given more than once; standard input is read once");
                } else {
                    out.add(Source.stdin(stdin));
                    stdinUsed = true;
                }
                continue;
            }
            Path path;
            try {
                path = Path.of(input);
            } catch (InvalidPathException e) {
                problems.error(input, 0, "not a valid path (" + e.getReason() + ")");
                continue;
            }
            if (!Files.exists(path)) {
                problems.error(input, 0, Files.isSymbolicLink(path)
                        ? "broken symbolic link (its target does not exist)" : "no such file or directory");
            } else if (Files.isDirectory(path)) {
                int before = out.size();
                walk(path, path, input, out, new HashSet<>(), 0);
                if (out.size() == before) {
                    problems.warning(input, 0, "directory holds no article files");
                }
            } else {
                addFile(Source.file(path, input), out);
            }
        }
        return out;
    }

    /** Walks {@code dir}, found under {@code root}, the directory the user named. */
    private void walk(Path root, Path dir, String shownAs, List<Source> out, Set<Path> ancestors, int depth) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            problems.error(shownAs, 0, "cannot open directory (" + reason(e) + ")");
            return;
        }
        if (!ancestors.add(real)) {
            problems.warning(shownAs, 0, "symbolic link loop (leads back to " + real + "); not followed");
            return;
        }
        if (depth > MAX_DEPTH) {
            problems.warning(shownAs, 0, "directories nested deeper than " + MAX_DEPTH + "; not followed");
            return;
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.error(shownAs, 0, "cannot list directory (" + reason(e) + ")");
            ancestors.remove(real);
            return;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String shown = shownAs.endsWith("/") ? shownAs + name : shownAs + "/" + name;
            if (name.startsWith(".")) {
                continue; // hidden: .git, .DS_Store, editor backups
            }
            if (Files.isDirectory(entry)) {
                walk(root, entry, shown, out, ancestors, depth + 1);
            } else if (!Files.exists(entry)) {
                problems.error(shown, 0, "broken symbolic link (its target does not exist)");
            } else if (Files.isRegularFile(entry)) {
                String ext = Source.file(entry, shown).extension();
                if (ext.isEmpty() || registry.isArticleExtension(ext)) {
                    addFile(Source.file(entry, shown, relative(root, entry)), out);
                } else {
                    problems.warning(shown, 0, "not read: ." + ext + " is not an article format"
                            + " (.txt, .md, .html, .jsonl; name the file to read it anyway)");
                }
            } else {
                // A named pipe, socket or device inside a folder: reading it could block forever.
                problems.warning(shown, 0, "not read: not a regular file (named pipe, socket or device)");
            }
        }
        ancestors.remove(real);
    }

    private void addFile(Source file, List<Source> out) {
        Path key;
        try {
            key = file.path().toRealPath();
        } catch (IOException e) {
            key = file.path().toAbsolutePath().normalize();
        }
        if (seenFiles.add(key)) {
            out.add(file);
        }
    }

    /** "sub/story.txt" for root/sub/story.txt, with '/' on every system. */
    private static String relative(Path root, Path file) {
        StringBuilder b = new StringBuilder();
        for (Path part : root.relativize(file)) {
            b.append(b.isEmpty() ? "" : "/").append(part);
        }
        return b.toString();
    }

    static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
