package io.newsgraph.resolve;

import io.newsgraph.extract.WordClasses;

/** The word classes of resolve/names.tsv: name particles, acronym gaps, company words. */
final class ResolverWords {
    static final WordClasses WORDS = WordClasses.load("/io/newsgraph/resolve/names.tsv");

    private ResolverWords() {
    }
}
