package io.newsgraph.spark;

import java.io.Serializable;

/**
 * Where the job writes its graph ({@code --neo4j URI}) and how: user, database and rows per write
 * transaction. The password comes from the environment (NEO4J_PASSWORD) of the process that
 * submits the job, never from the command line, and travels to the executors inside their tasks;
 * {@link #toString()} leaves it out. A null password means a server without authentication.
 */
public record Neo4jConnection(String uri, String user, String password, String database, int batchSize) implements Serializable {
    @Override
    public String toString() {
        return "Neo4jConnection[" + uri.replaceAll("(?<=://)[^/@]*@", "") + ", user " + user + ", database " + database
                + ", batch " + batchSize + (password == null ? ", no password]" : ", password from NEO4J_PASSWORD]");
    }
}
