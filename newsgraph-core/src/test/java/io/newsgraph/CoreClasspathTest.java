package io.newsgraph;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * newsgraph-core is the part a library user or a Spark job takes: articles to a resolved graph.
 * Its classpath (this module's tests see exactly it, plus test libraries) holds no database,
 * RDF store or web server, so those can never creep back in through a stage's import.
 */
class CoreClasspathTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "org.neo4j.graphdb.GraphDatabaseService",     // the embedded server
            "org.neo4j.driver.Driver",                    // the Bolt driver
            "org.apache.jena.rdf.model.Model",            // Jena
            "org.apache.jena.fuseki.main.FusekiServer",   // Fuseki
            "org.eclipse.jetty.server.Server",            // Jetty
            "picocli.CommandLine"})                       // the command line
    void theCoreCannotSee(String className) {
        assertThatThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
