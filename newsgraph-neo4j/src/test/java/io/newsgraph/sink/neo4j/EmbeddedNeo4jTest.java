package io.newsgraph.sink.neo4j;

import io.newsgraph.sink.neo4j.web.GuideResource;
import io.newsgraph.sink.neo4j.web.SignInResource;
import org.junit.jupiter.api.Test;
import org.neo4j.kernel.api.impl.index.LuceneSettings;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedNeo4jTest {
    @Test
    void theMountedPackageIsWhereTheWebResourcesLive() {
        // The server mounts a package by name; a rename of the resources' package must fail here,
        // not silently leave the guide and the sign-in link answering 404.
        assertThat(EmbeddedNeo4j.WEB_RESOURCES_PACKAGE)
                .isEqualTo(GuideResource.class.getPackageName())
                .isEqualTo(SignInResource.class.getPackageName());
    }

    @Test
    void onlyTheStartAfterABulkImportMergesLuceneSegmentsLessEagerly() {
        EmbeddedSettings ordinary = EmbeddedSettings.loopback(Path.of("data"), 0, 0);
        EmbeddedCredentials credentials = EmbeddedCredentials.chosen("a-test-password-1");
        assertThat(EmbeddedNeo4j.config(ordinary, 7687, 7474, credentials)).doesNotContainKey(LuceneSettings.lucene_merge_factor);
        assertThat(EmbeddedNeo4j.config(ordinary.startingAfterBulkImport(), 7687, 7474, credentials))
                .containsEntry(LuceneSettings.lucene_merge_factor, 10)
                .containsAllEntriesOf(EmbeddedNeo4j.config(ordinary, 7687, 7474, credentials));
    }
}
