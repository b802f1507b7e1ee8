package io.newsgraph.sink.neo4j;

import io.newsgraph.sink.neo4j.web.GuideResource;
import io.newsgraph.sink.neo4j.web.SignInResource;
import org.junit.jupiter.api.Test;

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
}
