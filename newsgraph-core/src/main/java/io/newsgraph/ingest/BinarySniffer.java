package io.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Recognises content that is not text (a PDF, an image, an archive renamed ".txt") from its
 * first bytes, so that it is reported as such instead of being decoded into garbage.
 */
final class BinarySniffer {
    private record Magic(int offset, byte[] bytes, String what) {
    }

    private static final Magic[] MAGICS = {
            magic(0, "%PDF-", "a PDF document"),
            magic(0, new int[] {0x89, 'P', 'N', 'G'}, "a PNG image"),
            magic(0, new int[] {0xFF, 0xD8, 0xFF}, "a JPEG image"),
            magic(0, "GIF8", "a GIF image"),
            magic(0, new int[] {'P', 'K', 3, 4}, "a ZIP archive (or an Office document)"),
            magic(0, new int[] {'P', 'K', 5, 6}, "an empty ZIP archive"),
            magic(0, new int[] {0xD0, 0xCF, 0x11, 0xE0}, "an old-style Office document"),
            magic(0, new int[] {0x7F, 'E', 'L', 'F'}, "an executable program"),
            magic(0, new int[] {0xCA, 0xFE, 0xBA, 0xBE}, "a Java class file"),
            magic(0, "Rar!", "a RAR archive"),
            magic(0, new int[] {'7', 'z', 0xBC, 0xAF}, "a 7-Zip archive"),
            magic(0, "BZh", "a bzip2 archive"),
            magic(0, new int[] {0xFD, '7', 'z', 'X', 'Z', 0}, "an xz archive"),
            magic(0, new int[] {0x28, 0xB5, 0x2F, 0xFD}, "a zstd archive"),
            magic(0, "RIFF", "a media file (RIFF: WAV, AVI or WebP)"),
            magic(0, "OggS", "an Ogg media file"),
            magic(0, "ID3", "an MP3 audio file"),
            magic(4, "ftyp", "an MP4 or QuickTime media file"),
            magic(0, "SQLite format 3", "an SQLite database"),
            magic(0, "wOFF", "a web font"),
            magic(0, "wOF2", "a web font"),
            magic(0, "{\\rtf", "an RTF document"),
            magic(0, new int[] {'I', 'I', '*', 0}, "a TIFF image"),
            magic(0, new int[] {'M', 'M', 0, '*'}, "a TIFF image"),
    };

    private BinarySniffer() {
    }

    /** What the bytes look like ("a PDF document"), or null when they may be text. */
    static String describe(byte[] head) {
        for (Magic m : MAGICS) {
            if (head.length >= m.offset + m.bytes.length
                    && Arrays.equals(head, m.offset, m.offset + m.bytes.length, m.bytes, 0, m.bytes.length)) {
                return m.what;
            }
        }
        return null;
    }

    private static Magic magic(int offset, String ascii, String what) {
        return new Magic(offset, ascii.getBytes(StandardCharsets.ISO_8859_1), what);
    }

    private static Magic magic(int offset, int[] values, String what) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return new Magic(offset, b, what);
    }
}
