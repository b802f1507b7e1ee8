package io.newsgraph.claims;

import io.newsgraph.model.Evidence;

import java.util.Objects;

/**
 * One sentence about a claim: which fact and evidence it comes from, whether it supports or
 * denies the claim or only entertains it, the outlet of its article, who it is attributed to
 * (null when the article states it itself), the date of what it states ({@code date}: the date
 * the sentence gives, else the article's) and the day it was reported ({@code reported}: the
 * article's published date; null when the article has none).
 */
public record Statement(String factId, Evidence evidence, Stance stance, String outlet, Speaker speaker, String date,
                        String reported) {
    public Statement {
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(outlet, "outlet");
    }

    public String article() {
        return evidence.article();
    }
}
