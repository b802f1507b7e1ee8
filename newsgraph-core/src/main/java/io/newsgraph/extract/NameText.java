package io.newsgraph.extract;

import java.util.regex.Pattern;

/**
 * Whether a name is clean text. Ingest repairs what it can of a broken encoding, but a name may
 * still carry what is left: control characters, U+FFFD (bytes that were not text), a byte-order mark
 * read as Windows-1252 ("ï»¿"), or the two-character remains of a UTF-8 letter read the same way
 * ("Ã©" for "é"). Stray marks at a name's ends are cut; a name with any inside is not a name.
 */
final class NameText {
    private static final Pattern EDGE_JUNK = Pattern.compile("^[\\p{Cc}\\p{Cf}\\uFFFD\\uFEFF]+|[\\p{Cc}\\p{Cf}\\uFFFD\\uFEFF]+$");
    private static final Pattern BROKEN = Pattern.compile("[\\p{Cc}\\uFFFD\\uFEFF]|\u00EF\u00BB\u00BF|\u00C3[\u0080-\u00BF]|\u00C2[\u0080-\u00BF]|\u00E2\u20AC");

    private NameText() {
    }

    /** The name without stray invisible marks at its ends. */
    static String trimmed(String name) {
        return EDGE_JUNK.matcher(name).replaceAll("");
    }

    /** True when the name still holds a control character, U+FFFD or the remains of a misread encoding. */
    static boolean isBroken(String name) {
        return BROKEN.matcher(name).find();
    }
}
