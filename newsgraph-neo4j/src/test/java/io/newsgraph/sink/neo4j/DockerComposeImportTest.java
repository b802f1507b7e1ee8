package io.newsgraph.sink.neo4j;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** There is no Docker engine here: the compose file's import service is held to the command newsgraph prints. */
class DockerComposeImportTest {
    @Test
    void theComposeImportServiceRunsTheCommandExportPrints() throws IOException {
        String compose = Files.readString(Path.of("docker-compose.yml"));
        int service = compose.indexOf("\n  neo4j-import:");
        assertThat(service).as("the neo4j-import service").isPositive();
        int command = compose.indexOf("command: >-", service);
        String folded = compose.substring(command + "command: >-".length(), compose.indexOf("\n\n", command))
                .lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
        assertThat(folded).isEqualTo(BulkImport.command("neo4j"));
        assertThat(compose.substring(service)).contains("newsgraph-neo4j-data:/data", "./import:/import", "working_dir: /import",
                "profiles: [\"import\"]");
    }
}
