package io.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops single paragraphs of page furniture: boilerplate lines, photo credits with their
 * captions, breadcrumbs at the top, and bylines and datelines (whose name and date it keeps as
 * metadata candidates). Multi-paragraph furniture (adverts, related-story cards) is
 * {@link PromoBlocks}' job.
 */
final class FurnitureFilter {
    /** Bylines and datelines are looked for only near the top, where templates put them. */
    private static final int TOP = 8;
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[—–>»/|·•]\\s+");
    // Only "by" ignores case: under (?i) Java's \p{Lu} would accept lower case, and "By then, ..." is prose.
    private static final Pattern BYLINE = Pattern.compile(
            "[Bb][Yy]\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
                    + "(?:(?:\\s*,\\s*|\\s+and\\s+)\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}){0,3})"
                    + "(?:\\s*[,|]\\s*.{0,40})?");
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)((last )?updated|published|posted|first published|modified)( on)?:?\\s+.{4,60}");
    private static final Pattern INLINE_CREDIT = Pattern.compile(
            "\\s*[(\\[](?:photo|image|picture|credit|illustration)s?(?: by)?:?\\s[^)\\]]{1,80}[)\\]]",
            Pattern.CASE_INSENSITIVE);
    /** "WASHINGTON, Oct. 25, 2024 — ..." opening a story: the date is kept, the text too. */
    private static final Pattern STORY_DATELINE = Pattern.compile(
            "\\p{Lu}{2,}[\\p{Lu} .'’-]*,([^—–]{0,60}?\\d{4})\\s*[—–-]\\s.*");
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private final PatternList boilerplate;
    private final PatternList credits;

    FurnitureFilter(PatternList boilerplate, PatternList credits) {
        this.boilerplate = boilerplate;
        this.credits = credits;
    }

    /** What the filter found besides text: a byline name and a dateline date, when present. */
    static final class Found {
        String author;
        String published;
    }

    List<Para> apply(List<Para> paras, Found found) {
        List<Para> kept = new ArrayList<>();
        boolean storyStarted = false;
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            String text = INLINE_CREDIT.matcher(p.text()).replaceAll("").strip();
            if (text.isEmpty() || !HAS_WORD.matcher(text).find() || boilerplate.matchesLine(text)) {
                continue;
            }
            if (credits.matchesLine(text)) {
                dropCaptionAbove(kept, p);
                continue;
            }
            // Breadcrumbs sit above the story: once a sentence has been kept, separators are text.
            if (!storyStarted && isBreadcrumb(text)) {
                continue;
            }
            if (i < TOP && takeByline(text, found)) {
                continue;
            }
            if (i < TOP && takeDateline(text, found)) {
                continue;
            }
            if (i < TOP && found.published == null) {
                var dateline = STORY_DATELINE.matcher(text);
                if (dateline.matches()) {
                    found.published = DateNormalizer.toIsoDate(dateline.group(1));
                }
            }
            kept.add(new Para(text, p.block()));
            storyStarted |= Headlines.endsSentence(text) || Headlines.wordCount(text) > 12;
        }
        return kept;
    }

    /** A line that is furniture on its own, so it must not be joined to its neighbours. */
    boolean isFurnitureLine(String line) {
        return boilerplate.matchesLine(line) || credits.matchesLine(line);
    }

    /** A caption is the short label right above a credit in the same block of the source. */
    private static void dropCaptionAbove(List<Para> kept, Para credit) {
        if (!kept.isEmpty()) {
            Para above = kept.get(kept.size() - 1);
            if (above.block() == credit.block() && Headlines.looksLikeCaption(above.text())) {
                kept.remove(kept.size() - 1);
            }
        }
    }

    /** "fascism — space — business": two or more separators between segments of 1-3 words. */
    static boolean isBreadcrumb(String text) {
        String[] parts = BREADCRUMB_SEPARATOR.split(text);
        if (parts.length < 3 || Headlines.wordCount(text) > 12 || Headlines.endsSentence(text)) {
            return false;
        }
        for (String part : parts) {
            if (Headlines.wordCount(part) > 3) {
                return false;
            }
        }
        return true;
    }

    private static boolean takeByline(String text, Found found) {
        if (Headlines.wordCount(text) > 14) {
            return false;
        }
        var m = BYLINE.matcher(text);
        if (!m.matches()) {
            return false;
        }
        if (found.author == null) {
            found.author = properCase(m.group(1));
        }
        return true;
    }

    private static boolean takeDateline(String text, Found found) {
        if (Headlines.endsSentence(text) || !DATELINE.matcher(text).matches()) {
            return false;
        }
        String date = DateNormalizer.toIsoDate(text);
        if (date == null) {
            return false;
        }
        if (found.published == null) {
            found.published = date;
        }
        return true;
    }

    /** "DAVID KLEPPER and LISA MASCARO" reads better as "David Klepper and Lisa Mascaro". */
    private static String properCase(String name) {
        String letters = name.replaceAll("\\band\\b", "");
        if (!letters.equals(letters.toUpperCase())) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String w : name.toLowerCase().split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w.equals("and") || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
