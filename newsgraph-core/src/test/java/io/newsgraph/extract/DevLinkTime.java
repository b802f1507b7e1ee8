package io.newsgraph.extract;

import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.NlpSettings;

import java.util.List;

/** Developer loop only: CPU time of the extractor chain and of the own links alone over cached seed annotations. */
public final class DevLinkTime {
    private DevLinkTime() {
    }

    public static void main(String[] args) throws Exception {
        List<AnnotatedArticle> docs = DevCache.seeds();
        ExtractorChain chain = ExtractorChain.standard(NlpSettings.defaults().annotatorSet());
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            long chainNs = 0;
            long linkNs = 0;
            for (AnnotatedArticle a : docs) {
                ArticleContext ctx = new ArticleContext(a);
                long c0 = bean.getCurrentThreadCpuTime();
                chain.run(ctx);
                long c1 = bean.getCurrentThreadCpuTime();
                OwnAntecedents.link(ctx);
                long c2 = bean.getCurrentThreadCpuTime();
                chainNs += c1 - c0;
                linkNs += c2 - c1;
            }
            System.out.printf("round %d: chain %d ms CPU, own links once %d ms CPU%n", round, chainNs / 1_000_000, linkNs / 1_000_000);
        }
    }
}
