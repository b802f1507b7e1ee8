package io.newsgraph.sink.neo4j;

import org.junit.jupiter.api.Test;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.configuration.GraphDatabaseSettings;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessImportTest {
    @Test
    void theImportInThisProcessRunsWithoutTheBackgroundFlusherAndOtherwiseAsTheCommand() {
        Configuration ours = InProcessImport.CONFIGURATION;
        Configuration command = Configuration.defaultConfiguration();
        // Neo4j's default flushes in a loop all through the import; ours leaves it to eviction and the step ends.
        assertThat(command.sequentialBackgroundFlushing()).isTrue();
        assertThat(ours.sequentialBackgroundFlushing()).isFalse();
        assertThat(ours.maxNumberOfWorkerThreads()).isEqualTo(command.maxNumberOfWorkerThreads());
        assertThat(ours.maxOffHeapMemory()).isEqualTo(command.maxOffHeapMemory());
        assertThat(ours.batchSize()).isEqualTo(command.batchSize());
        // The lookup indexes every new database has are built by the importer, not populated afterwards.
        assertThat(ours.indexConfig().createLabelIndex()).isTrue();
        assertThat(ours.indexConfig().createRelationshipIndex()).isTrue();
    }

    @Test
    void theImportersPageCacheIsHalfItsDefault() {
        // Its default is the smaller of 1 GiB and the free memory; a setting replaces that.
        assertThat(InProcessImport.config(Path.of("home")).get(GraphDatabaseSettings.pagecache_memory)).isEqualTo(512L << 20);
        assertThat(InProcessImport.config(Path.of("home")).get(GraphDatabaseSettings.neo4j_home)).isEqualTo(Path.of("home").toAbsolutePath());
    }
}
