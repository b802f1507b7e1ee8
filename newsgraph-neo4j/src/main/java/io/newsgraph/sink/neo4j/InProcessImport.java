package io.newsgraph.sink.neo4j;

import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.context.FixedVersionContextSupplier;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.logging.internal.SimpleLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;
import org.neo4j.storageengine.api.TransactionIdStore;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Neo4j's batch importer run in this process on an {@link Input}, set up as
 * {@code neo4j-admin database import full} sets it up for its CSV input in 5.26 (read in the
 * 5.26.18 import-tool classes): the configuration of the Neo4j home, the storage engine it
 * selects, the importer's default configuration with the label and relationship-type lookup
 * indexes, a job scheduler of its own, the transaction log initialiser and the index importer.
 * The differences: no report file (the in-process input holds no bad entry: every relationship
 * end is a node the same writer numbered, so any bad one fails the import), no log output, no
 * background flushing ({@link #CONFIGURATION}) and a smaller page cache ({@link #PAGE_CACHE_BYTES}).
 */
final class InProcessImport {
    /**
     * The command's default configuration (its --threads and --max-off-heap-memory defaults are the
     * API's), without the background page-cache flusher. That flusher is a thread that calls the
     * page cache's flush-and-force in a loop for as long as nodes and relationships are imported:
     * each round scans every page of every store file and forces the files to disk. With two
     * cores, the page cache's flush threads (this loop's and the steps' own flushes) had a sixth
     * of the CPU samples in a profile of the import, and forcing was not the cost; without it
     * the dirty pages are written by the page cache's own eviction and by the flush at the end of
     * each step, and the import of the bench graph took, alternately in one session: 1M facts,
     * 5.3 to 5.8 s against 6.3 to 6.6 s; 3M facts (a 2.2 GiB store, twice the importer's 1 GiB
     * page cache), 14.4 and 15.0 s against 19.4 and 22.3 s.
     */
    static final Configuration CONFIGURATION = new Configuration.Overridden(Configuration.defaultConfiguration()) {
        @Override
        public IndexConfig indexConfig() {
            return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
        }

        @Override
        public boolean sequentialBackgroundFlushing() {
            return false;
        }
    };

    /**
     * The importer's page cache: 512 MiB instead of its default of up to 1 GiB. The importer reads
     * and writes its stores in sequence, so a larger cache saves it no reads; what it changes is
     * when the pages are written. Whatever is still in the cache at the end is written by one
     * flush before the import returns, and that flush was slower than the same writes made by
     * eviction while the import runs: on the bench's 1M-fact graph (a 759 MB store) the final
     * flush took about 1.1 s with 1 GiB and 0.45 s with 512 MiB, and the whole import, in one JVM
     * alternately, 4.3 to 4.6 s against 5.6 and 5.7 s (first full-size import) and 3.3 and 3.5 s
     * against 4.3 and 4.8 s (second). 128 and 256 MiB gave about the same as 512; 300k facts (a
     * store that fits either way) and 3M facts (one that fits neither) took the same time with
     * 512 MiB and 1 GiB.
     */
    static final long PAGE_CACHE_BYTES = 512L << 20;

    private InProcessImport() {
    }

    /** The importer's Neo4j configuration: the home the database goes into, and its page cache. */
    static Config config(Path home) {
        return Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath())
                .set(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES).build();
    }

    static void run(Path home, String database, Input input, PrintStream out) throws IOException {
        Config config = config(home);
        DatabaseLayout layout = Neo4jLayout.of(config).databaseLayout(database);
        StorageEngineFactory engine = StorageEngineFactory.selectStorageEngine(config);
        CursorContextFactory contexts = new CursorContextFactory(PageCacheTracer.NULL,
                new FixedVersionContextSupplier(TransactionIdStore.BASE_TX_ID));
        try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction();
             JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            fs.mkdirs(layout.databaseDirectory());
            BatchImporter importer = engine.batchImporter(layout, fs, PageCacheTracer.NULL, CONFIGURATION,
                    new SimpleLogService(NullLogProvider.getInstance()), out, false, DefaultAdditionalIds.EMPTY, config,
                    Monitor.NO_MONITOR, scheduler, Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(),
                    new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE, contexts);
            importer.doImport(input);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }
}
