package io.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One PETRARCH2 verb pattern: head nouns before the verb (its subject), the head noun after it (its
 * object), and prepositional phrases after it, each a preposition with an optional head noun. A
 * braced phrase "{financial aid}" is reduced to its head, the last word: the parse gives heads.
 */
public record CameoPattern(List<String> subjects, String object, List<String> objectModifiers, List<Prep> preps,
                           boolean supported, String code) {
    /** "(for aid)": a preposition and its noun, or null for a bare "(on)". */
    public record Prep(String preposition, String noun) {
    }

    public CameoPattern {
        subjects = List.copyOf(subjects);
        objectModifiers = List.copyOf(objectModifiers);
        preps = List.copyOf(preps);
    }

    /** How many parts the pattern checks: more parts is a more specific pattern. */
    public int size() {
        return subjects.size() + (object == null ? 0 : 1) + objectModifiers.size() + preps.size();
    }

    static CameoPattern parse(String body, String code) {
        int star = body.indexOf('*');
        String pre = star < 0 ? "" : body.substring(0, star);
        String post = star < 0 ? body : body.substring(star + 1);
        List<String> subjects = new ArrayList<>();
        for (String phrase : phrases(pre)) {
            subjects.add(head(phrase));
        }
        String object = null;
        List<String> modifiers = new ArrayList<>();
        List<Prep> preps = new ArrayList<>();
        boolean supported = true;
        for (String phrase : phrases(post)) {
            if (phrase.startsWith("(")) {
                String[] words = phrase.substring(1, phrase.length() - 1).trim().split("\\s+", 2);
                preps.add(new Prep(words[0], words.length > 1 ? head(words[1]) : null));
            } else if (object == null) {
                object = head(phrase);
                String[] words = phrase.replace("{", "").replace("}", "").trim().split("\\s+");
                modifiers.addAll(List.of(words).subList(0, words.length - 1));
            } else {
                supported = false; // loose words after the object ("* strike in protest"): a sequence a parse cannot check
            }
        }
        return new CameoPattern(subjects, object, modifiers, preps, supported, code);
    }

    /** Splits "a {b c} (d {e f}) g" into "a", "{b c}", "(d {e f})", "g". */
    private static List<String> phrases(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : text.trim().toCharArray()) {
            if (c == '(' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}') {
                depth--;
            }
            if (c == ' ' && depth == 0) {
                if (cur.length() > 0 && !cur.toString().equals("+")) {
                    out.add(cur.toString());
                }
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0 && !cur.toString().equals("+")) {
            out.add(cur.toString());
        }
        return out;
    }

    /** The head of a phrase: "{financial aid}" -> "aid", "aid" -> "aid". */
    private static String head(String phrase) {
        String p = phrase.replace("{", "").replace("}", "").trim();
        String[] words = p.split("\\s+");
        return words[words.length - 1];
    }
}
