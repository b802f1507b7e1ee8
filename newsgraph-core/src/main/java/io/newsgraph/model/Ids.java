package io.newsgraph.model;

import java.text.Normalizer;
import java.util.Locale;

/** Stable, readable ids: the same name gives the same id in every run. */
public final class Ids {
    private Ids() {
    }

    /** "Élon Musk's" becomes "elon-musk-s"; never empty. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            // Names in scripts without a Latin form: keep them apart by a hash of the text.
            slug = "x" + Integer.toHexString((text == null ? "" : text).hashCode());
        }
        return slug;
    }

    public static String entityId(EntityType type, String name) {
        return type.idPrefix() + "/" + slug(name);
    }
}
