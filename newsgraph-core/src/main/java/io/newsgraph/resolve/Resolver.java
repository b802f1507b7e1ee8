package io.newsgraph.resolve;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The resolution stage's entry point: what extraction found in each article in, one graph out.
 * Entities are resolved across all the articles ({@link EntityResolver}), frames become facts
 * and events ({@link FactAssembler}), and an entity that is neither mentioned nor an end of a
 * fact or event is left out.
 */
public final class Resolver {
    private Resolver() {
    }

    public static Graph resolve(List<Article> articles, List<ArticleExtraction> docs) {
        EntityResolver.Resolution res = new EntityResolver().resolve(docs);
        FactAssembler.Assembly asm = new FactAssembler().assemble(docs, res);
        Set<String> used = new HashSet<>();
        asm.facts().forEach(f -> {
            used.add(f.subjectId());
            used.add(f.objectId());
        });
        asm.events().forEach(ev -> ev.participants().forEach(p -> used.add(p.entity())));
        List<Entity> entities = res.entities().stream().filter(e -> e.mentions() > 0 || used.contains(e.id())).toList();
        return new Graph(articles, entities, asm.facts(), asm.events());
    }
}
