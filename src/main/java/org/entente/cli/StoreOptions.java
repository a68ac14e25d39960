package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.graph.GraphStore;
import picocli.CommandLine.Option;

/** Where the data lives: the data directory, and the Neo4j server if one is used instead of the embedded store. */
final class StoreOptions {

  @Option(names = "--data-dir", description = "Data directory (Lucene index, embedded graph store). Default: ./entente-data")
  Path dataDir = Path.of("entente-data");

  @Option(names = "--neo4j-uri", description = "A Neo4j server or cluster (bolt://, neo4j://, neo4j+s://). Default: $NEO4J_URI, else embedded.")
  String uri = System.getenv("NEO4J_URI");

  @Option(names = "--neo4j-username", description = "Default: $NEO4J_USERNAME")
  String user = System.getenv("NEO4J_USERNAME");

  @Option(names = "--neo4j-password", description = "Default: $NEO4J_PASSWORD")
  String password = System.getenv("NEO4J_PASSWORD");

  @Option(names = "--neo4j-database", description = "Default: $NEO4J_DATABASE, else the server's default")
  String database = System.getenv("NEO4J_DATABASE");

  @Option(names = "--verbose", description = "Stack traces with errors.")
  boolean verbose;

  Path indexDir() {
    return dataDir.resolve("index");
  }

  boolean embedded() {
    return uri == null || uri.isBlank();
  }

  GraphStore openGraph() {
    try {
      Files.createDirectories(dataDir);
      return GraphStore.open(new GraphStore.Target(embedded() ? null : uri, user, password, database,
          dataDir.resolve("graph"), System.getenv("ENTENTE_PAGECACHE")));
    } catch (IOException e) {
      throw new UserError("cannot open the graph store under " + dataDir + ": " + e.getMessage());
    } catch (RuntimeException e) {
      String m = e.getMessage() == null ? e.toString() : Main.firstLine(e.getMessage());
      if (embedded() && m.toLowerCase(java.util.Locale.ROOT).contains("lock")) {
        throw new UserError("the graph store under " + dataDir + " is in use by another entente process");
      }
      throw new UserError("cannot open the graph " + (embedded() ? "store under " + dataDir : "at " + uri) + ": " + m);
    }
  }
}
