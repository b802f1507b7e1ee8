package io.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text. UTF-8 is the norm; a byte-order mark selects UTF-16 or UTF-32; UTF-16 without a
 * mark is recognised by its zero bytes. Bytes that are not valid UTF-8 are decoded as
 * Windows-1252 (the usual culprit, and a superset of printable Latin-1) with a warning, so the
 * article is kept rather than lost. NUL bytes or many control characters mean "not text".
 */
final class TextDecoder {
    /** The text, and a warning for the user when the decoding was a guess (else null). */
    record Decoded(String text, String warning) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws RejectedInput {
        int n = bytes.length;
        if (n >= 4 && u(bytes[0]) == 0xFF && u(bytes[1]) == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
            return new Decoded(new String(bytes, 4, n - 4, UTF_32LE), null);
        }
        if (n >= 4 && bytes[0] == 0 && bytes[1] == 0 && u(bytes[2]) == 0xFE && u(bytes[3]) == 0xFF) {
            return new Decoded(new String(bytes, 4, n - 4, UTF_32BE), null);
        }
        if (n >= 2 && u(bytes[0]) == 0xFF && u(bytes[1]) == 0xFE) {
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), null);
        }
        if (n >= 2 && u(bytes[0]) == 0xFE && u(bytes[1]) == 0xFF) {
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), null);
        }
        int offset = n >= 3 && u(bytes[0]) == 0xEF && u(bytes[1]) == 0xBB && u(bytes[2]) == 0xBF ? 3 : 0;
        String utf16 = unmarkedUtf16(bytes);
        if (utf16 != null) {
            Charset cs = utf16.equals("UTF-16LE") ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new Decoded(new String(bytes, cs), "no byte-order mark; read as " + utf16);
        }
        if (indexOfNul(bytes) >= 0) {
            throw new RejectedInput("not a text file (binary data: NUL bytes)");
        }
        Decoded decoded;
        try {
            decoded = new Decoded(strictUtf8(bytes, offset), null);
        } catch (MalformedInputException e) {
            int at = firstBadByte(bytes, offset);
            decoded = new Decoded(new String(bytes, offset, n - offset, WINDOWS_1252),
                    String.format("not valid UTF-8 (byte 0x%02X at offset %d); read as Windows-1252", u(bytes[at]), at));
        } catch (CharacterCodingException e) {
            throw new RejectedInput("cannot decode text (" + e.getMessage() + ")");
        }
        if (mostlyControls(decoded.text())) {
            throw new RejectedInput("not a text file (binary data: control characters)");
        }
        return decoded;
    }

    /** Decodes a sniffing head leniently: a cut multi-byte character at the end is not an error. */
    static String decodeHead(byte[] head) {
        try {
            return decode(head).text();
        } catch (RejectedInput e) {
            return "";
        }
    }

    private static String strictUtf8(byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static int firstBadByte(byte[] bytes, int offset) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        d.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    /** UTF-16 text without a mark has a zero in most even (BE) or odd (LE) positions. */
    private static String unmarkedUtf16(byte[] b) {
        int pairs = Math.min(b.length, 4096) / 2;
        if (pairs < 8) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            zeroEven += b[i] == 0 ? 1 : 0;
            zeroOdd += b[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd * 10 >= pairs * 7 && zeroEven * 10 < pairs) {
            return "UTF-16LE";
        }
        if (zeroEven * 10 >= pairs * 7 && zeroOdd * 10 < pairs) {
            return "UTF-16BE";
        }
        return null;
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean mostlyControls(String s) {
        int sample = Math.min(s.length(), 8192);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F) {
                controls++;
            }
        }
        return sample > 0 && controls * 20 > sample;
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
