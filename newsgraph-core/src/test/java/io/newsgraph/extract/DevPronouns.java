package io.newsgraph.extract;

import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.NlpSettings;

import java.util.List;

/**
 * Developer loop only: the antecedent of every pronoun and description in the seeds, once with
 * CoreNLP's coreference chains (cache -Dfull.cache) and once with the project's own rules alone
 * (cache -Dnone.cache, annotated with -Dnewsgraph.coref=none), printed side by side where they differ.
 */
public final class DevPronouns {
    private DevPronouns() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("newsgraph.devcache", System.getProperty("full.cache"));
        List<AnnotatedArticle> full = DevCache.seeds();
        System.setProperty("newsgraph.devcache", System.getProperty("none.cache"));
        List<AnnotatedArticle> none = DevCache.seeds();
        ExtractorChain chain = ExtractorChain.standard(NlpSettings.defaults().annotatorSet());
        boolean all = Boolean.getBoolean("all");
        int same = 0;
        int differ = 0;
        for (int a = 0; a < full.size(); a++) {
            ArticleContext f = new ArticleContext(full.get(a));
            chain.run(f);
            ArticleContext n = new ArticleContext(none.get(a));
            chain.run(n);
            for (String want : System.getProperty("parse", "").split(",")) {
                String[] w = want.split(":");
                if (w.length == 2 && full.get(a).article().id().startsWith(w[0])) {
                    System.out.println(n.graph(Integer.parseInt(w[1])).toList());
                }
            }
            for (int s = 0; s < f.sentenceCount(); s++) {
                for (int t = 0; t < f.tokens(s).size(); t++) {
                    String fa = f.antecedent(s, t).map(Mention::name).orElse("-");
                    String fullRule = f.antecedentLink(s, t).map(Antecedent::rule).orElse("");
                    String na = n.antecedent(s, t).map(Mention::name).orElse("-");
                    String rule = n.antecedentLink(s, t).map(Antecedent::rule).orElse("");
                    if (fa.equals("-") && na.equals("-")) {
                        continue;
                    }
                    if (fa.equals(na)) {
                        same++;
                    } else {
                        differ++;
                    }
                    if (all || !fa.equals(na)) {
                        String text = f.sentenceText(s);
                        System.out.printf("%s s%d t%d %-8s full=%-18s %-16s own=%-18s %-22s | %s%n", full.get(a).article().id().substring(0, 3), s, t,
                                f.tokens(s).get(t).word(), fa, fullRule, na, rule, text.length() > 150 ? text.substring(0, 150) : text);
                    }
                }
            }
        }
        System.out.println("same " + same + " differ " + differ);
    }
}
