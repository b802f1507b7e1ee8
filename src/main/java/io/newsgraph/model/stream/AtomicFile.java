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
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            // Not createTempFile: its owner-only permissions would stick to the renamed file.
            tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        } catch (IOException e) {
            throw failure(file, e);
        }
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(out);
            }
            if (!keep.getAsBoolean()) {
                return; // the finally block removes the temporary file
            }
            shareable(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
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
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original failure is the one worth reporting
                }
            }
        }
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
