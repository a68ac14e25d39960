package org.entente.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.driver.Session;

/**
 * One embedded Neo4j for all the integration tests of a JVM (starting one costs seconds), reached
 * over Bolt like any server; {@link #empty()} clears it for a test.
 */
public final class TestGraph {

  private static GraphStore store;

  private TestGraph() {}

  public static synchronized GraphStore get() {
    if (store == null) {
      try {
        Path home = Files.createTempDirectory("entente-graph-it");
        store = GraphStore.open(new GraphStore.Target(null, null, null, null, home, "64m"));
        Runtime.getRuntime().addShutdownHook(new Thread(store::close));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return store;
  }

  /** The shared store, with every node and relationship deleted. */
  public static GraphStore empty() {
    GraphStore g = get();
    try (Session s = g.session()) {
      s.executeWriteWithoutResult(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
    }
    return g;
  }

  public static long count(GraphStore g, String cypher) {
    try (Session s = g.session()) {
      return s.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
    }
  }
}
