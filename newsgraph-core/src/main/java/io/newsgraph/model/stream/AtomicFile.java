package io.newsgraph.model.stream;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.BooleanSupplier;

/**
 * Writes an output file through a temporary file in the same directory and then renames it into
 * place, so that a crash, a full disk or a failed export never leaves a half-written file where
 * the user expects a whole one. Failures surface as {@link OutputException} with a one-line reason.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** The body of an output, written to a stream that may throw. */
    @FunctionalInterface
    public interface StreamBody {
        void write(OutputStream out) throws IOException;
    }

    /** The body of a text output (UTF-8). */
    @FunctionalInterface
    public interface TextBody {
        void write(Writer out) throws IOException;
    }

    /** An output that could not be written; the message names the file and the reason. */
    public static final class OutputException extends UncheckedIOException {
        public OutputException(String message, IOException cause) {
            super(message, cause);
        }
    }

    public static void write(Path file, TextBody body) {
        writeBytes(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            body.write(w);
            w.flush();
        });
    }

    public static void writeBytes(Path file, StreamBody body) {
        writeBytes(file, body, () -> true);
    }

    /**
     * Like {@link #writeBytes(Path, StreamBody)}, but the new content replaces the target only when
     * {@code keep} says so after the body ran (e.g. not when no record could be read), so a useless
     * output never overwrites a good one.
     */
    public static void writeBytes(Path file, StreamBody body, BooleanSupplier keep) {
        try (Pending pending = open(file)) {
            pending.guard(() -> body.write(pending.stream()));
            if (keep.getAsBoolean()) {
                pending.commit();
            } // else closing removes the temporary file
        }
    }

    /** Starts an output: its temporary file exists, and nothing replaces the target until {@link Pending#commit()}. */
    public static Pending open(Path file) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        try {
            Files.createDirectories(dir);
            // Not createTempFile: its owner-only permissions would stick to the renamed file.
            Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16);
            return new Pending(file, target, tmp, out);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /**
     * An output being written into its temporary file. {@link #commit()} moves it over the
     * target; {@link #close()} without a commit removes it, so a failure leaves the old file.
     */
    public static final class Pending implements AutoCloseable {
        private final Path file;
        private final Path target;
        private final Path tmp;
        private final OutputStream out;
        private Writer text;
        private boolean closed;
        private boolean done;

        private Pending(Path file, Path target, Path tmp, OutputStream out) {
            this.file = file;
            this.target = target;
            this.tmp = tmp;
            this.out = out;
        }

        public OutputStream stream() {
            return out;
        }

        /** The stream as UTF-8 text; use this or {@link #stream()}, not both. */
        public Writer writer() {
            if (text == null) {
                text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            }
            return text;
        }

        /**
         * A sink that writes into this file: a failure to write names the file, and
         * {@code finish()} finishes the sink, then moves the file into place.
         */
        public GraphSink sink(GraphSink writer) {
            return new CommittingSink(this, writer);
        }

        /** Moves the finished file over the target (keeping the old file's permissions). */
        public void commit() {
            try {
                closeStreams();
                shareable(target, tmp);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
            } catch (IOException e) {
                throw failure(file, e);
            }
        }

        /** Runs a step of writing this file, with its I/O failures reported as this file's. */
        void guard(IoStep step) {
            try {
                step.run();
            } catch (IOException e) {
                throw failure(file, e);
            } catch (UncheckedIOException e) {
                throw e instanceof OutputException oe ? oe : failure(file, e.getCause());
            } catch (RuntimeException e) {
                // Libraries such as Jena wrap I/O failures in their own unchecked exceptions.
                if (e.getCause() instanceof IOException io) {
                    throw failure(file, io);
                }
                throw e;
            }
        }

        private void closeStreams() throws IOException {
            if (!closed) {
                closed = true;
                if (text != null) {
                    text.close();
                } else {
                    out.close();
                }
            }
        }

        @Override
        public void close() {
            if (done) {
                return;
            }
            try {
                closeStreams();
            } catch (IOException ignored) {
                // the file is discarded; the original failure is the one worth reporting
            }
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // likewise
            }
        }
    }

    /** One step of writing, which may fail with an IOException. */
    @FunctionalInterface
    interface IoStep {
        void run() throws IOException;
    }

    /** Outputs are meant to be shared: keep the replaced file's permissions, else rw-r--r--. */
    private static void shareable(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static OutputException failure(Path file, IOException e) {
        return new OutputException("cannot write " + file + ": " + reason(e), e);
    }

    /** A short human reason for an I/O failure: "permission denied", "no space left on device". */
    public static String reason(IOException e) {
        String kind = switch (e.getClass().getSimpleName()) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such directory";
            case "FileSystemException" -> "file system error";
            case "FileAlreadyExistsException" -> "a file is in the way";
            case "NotDirectoryException" -> "not a directory";
            default -> null;
        };
        String msg = e.getMessage();
        if (kind == null) {
            return msg == null ? e.getClass().getSimpleName() : msg;
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return kind + " (" + fse.getReason() + ")";
        }
        return kind;
    }
}
