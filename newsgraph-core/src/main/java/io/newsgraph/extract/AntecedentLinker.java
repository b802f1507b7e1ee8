package io.newsgraph.extract;

import java.util.Map;
import java.util.Set;

/**
 * Links pronouns again once {@link RoleTitleExtractor} has recorded who holds which title, so
 * that "he" after "the Russian leader said" reaches the person the article named as Russia's
 * leader. The extractors after it read these links; the role-and-title extractor itself reads
 * the ones {@link CorefLinker} made before any title was known. Without coreference chains the
 * project's own links ({@link OwnAntecedents}) take their place, computed again here for the same reason.
 */
public final class AntecedentLinker implements Extractor {
    @Override
    public String name() {
        return "antecedents";
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.COREF_LINKS, Capability.TITLES);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.ANTECEDENTS);
    }

    @Override
    public void extract(ArticleContext ctx) {
        // Without coreference chains (-Dnewsgraph.coref=none) the project's own links stand in for them.
        Map<String, Antecedent> links = ctx.corefLinks().map(CorefLinker::asAntecedents).orElseGet(() -> OwnAntecedents.link(ctx));
        ctx.setAntecedents(PronounAntecedents.resolve(ctx, links));
    }
}
