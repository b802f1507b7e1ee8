package io.newsgraph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of newsgraph, read from the compiled classes. Stages point down only:
 * model &lt;- ingest &lt;- nlp &lt;- extract &lt;- resolve &lt;- pipeline, the orchestrator; claims
 * are computed from a resolved graph on the model alone; the outputs (Neo4j, RDF, map) stand
 * beside each other on the model and claims, and the CLI on top
 * wires them together. The core (model up to pipeline) uses no database, RDF or web server
 * library, so it can become a module of its own by moving files.
 *
 * <p>Plain JUnit tests over the imported classes rather than ArchUnit's own engine: Surefire's
 * {@code -Dtest=} filter drops the engine's field-based rules, so they would not run alone.
 */
class ArchitectureTest {
    private static final String[] CORE = {"io.newsgraph.model..", "io.newsgraph.ingest..", "io.newsgraph.nlp..",
            "io.newsgraph.extract..", "io.newsgraph.resolve..", "io.newsgraph.pipeline..", "io.newsgraph.claims.."};

    private static final ArchRule layersPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("io.newsgraph.model..")
            .layer("ingest").definedBy("io.newsgraph.ingest..")
            .layer("nlp").definedBy("io.newsgraph.nlp..")
            .layer("extract").definedBy("io.newsgraph.extract..")
            .layer("resolve").definedBy("io.newsgraph.resolve..")
            .layer("pipeline").definedBy("io.newsgraph.pipeline..")
            .layer("claims").definedBy("io.newsgraph.claims..")
            .layer("neo4j").definedBy("io.newsgraph.sink.neo4j..")
            .layer("rdf").definedBy("io.newsgraph.sink.rdf..")
            .layer("map").definedBy("io.newsgraph.sink.map..")
            .layer("cli").definedBy("io.newsgraph.cli..")
            .whereLayer("model").mayNotAccessAnyLayer()
            .whereLayer("ingest").mayOnlyAccessLayers("model")
            .whereLayer("nlp").mayOnlyAccessLayers("model", "ingest")
            .whereLayer("extract").mayOnlyAccessLayers("model", "ingest", "nlp")
            .whereLayer("resolve").mayOnlyAccessLayers("model", "ingest", "nlp", "extract")
            .whereLayer("pipeline").mayOnlyAccessLayers("model", "ingest", "nlp", "extract", "resolve")
            // Claims are a pure function of a resolved graph: the model alone.
            .whereLayer("claims").mayOnlyAccessLayers("model")
            // Outputs take graphs from the model's stream contract (and claims computed from them),
            // never from a stage or each other.
            .whereLayer("neo4j").mayOnlyAccessLayers("model", "claims")
            .whereLayer("rdf").mayOnlyAccessLayers("model", "claims")
            .whereLayer("map").mayOnlyAccessLayers("model", "claims")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer();

    private static final ArchRule noCycleBetweenLayers = slices().matching("io.newsgraph.(*)..").should().beFreeOfCycles();

    private static final ArchRule noCycleBetweenOutputs = slices().matching("io.newsgraph.sink.(*)..").should().beFreeOfCycles();

    /** Within a layer too: a sub-package (cli.bench, sink.neo4j.web) never imports its parent back. */
    private static final ArchRule noCycleBetweenPackages = slices().matching("io.newsgraph.(**)").should().beFreeOfCycles();

    /** Resolution reads what extraction hands over (its records and lexicons), not its working state. */
    private static final ArchRule resolveReadsExtractionRecordsOnly = noClasses().that().resideInAPackage("io.newsgraph.resolve..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Extractor")
            .orShould().dependOnClassesThat().haveSimpleName("ArticleContext");

    private static final ArchRule coreUsesNoOutputLibrary = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "org.apache.jena..", "org.eclipse.jetty..",
                    "io.newsgraph.sink..", "io.newsgraph.cli..", "picocli..");

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        // DO_NOT_INCLUDE_TESTS skips test-classes folders but not core's test-jar, which a reactor
        // build puts on this module's test classpath; its fixtures and ITs are no production code.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")).importPackages("io.newsgraph");
    }

    @Test
    void layersPointDown() {
        layersPointDown.check(classes);
    }

    @Test
    void noCycleBetweenLayers() {
        noCycleBetweenLayers.check(classes);
    }

    @Test
    void noCycleBetweenOutputs() {
        noCycleBetweenOutputs.check(classes);
    }

    @Test
    void noCycleBetweenPackages() {
        noCycleBetweenPackages.check(classes);
    }

    @Test
    void resolveReadsExtractionRecordsOnly() {
        resolveReadsExtractionRecordsOnly.check(classes);
    }

    @Test
    void coreUsesNoOutputLibrary() {
        coreUsesNoOutputLibrary.check(classes);
    }
}
