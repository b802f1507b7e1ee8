package io.newsgraph.extract;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an annotator or an extractor leaves on an article for the extractors after it, in the
 * manner of CoreNLP's annotator requirements: {@link Extractor#requires()} and
 * {@link Extractor#provides()} name these, and {@link ExtractorChain#assemble} checks them. The
 * first group are CoreNLP annotators; the rest are the parts of {@link ArticleContext} that
 * extractors fill in.
 */
public enum Capability {
    TOKENIZE(true),
    SSPLIT(true),
    POS(true),
    LEMMA(true),
    NER(true),
    DEPPARSE(true),
    COREF(true),
    /** Named mentions: the names NER and the gazetteer find ({@link ArticleContext#addMention}). */
    MENTIONS(false),
    /** Links from pronouns and descriptions to named mentions, from coreference chains and syntax, before titles are known. */
    COREF_LINKS(false),
    /** Who holds which title ("LEADS Russia"), for "the Russian leader" ({@link ArticleContext#recordTitleHolder}). */
    TITLES(false),
    /** Pronoun antecedents once title holders are known ({@link ArticleContext#antecedent}). */
    ANTECEDENTS(false),
    /** The subject a "Name:" heading gives the list items under it ({@link ArticleContext#setHeadingSubject}). */
    HEADINGS(false),
    /** Statements found in sentences ({@link ArticleContext#addFrame}). */
    FRAMES(false),
    /** Polarity, modality and attribution marked on every frame. */
    MODALITY(false);

    private final boolean annotator;

    Capability(boolean annotator) {
        this.annotator = annotator;
    }

    /** The capabilities a CoreNLP pipeline with these annotators provides; other names are not extractors' concern. */
    public static Set<Capability> ofAnnotators(Set<String> annotators) {
        Set<Capability> out = EnumSet.noneOf(Capability.class);
        for (Capability c : values()) {
            if (c.annotator && annotators.contains(c.key())) {
                out.add(c);
            }
        }
        return out;
    }

    /** The lower-case name, as CoreNLP names the annotators and as messages show it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return key();
    }
}
