package org.entente.graph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The graph Entente writes and questions: one driver for the process, to the server NEO4J_URI
 * names or to an embedded DBMS started under the data directory. Creates the schema (a
 * uniqueness constraint per node key) on open, idempotently.
 */
public final class GraphStore implements AutoCloseable {

  /** Where the graph lives: a server (uri non-null) or the embedded store under {@code home}. */
  public record Target(String uri, String user, String password, String database, Path home, String pageCache) {}

  private final EmbeddedNeo4j embedded;
  private final Driver driver;
  private final String database;

  private GraphStore(EmbeddedNeo4j embedded, Driver driver, String database) {
    this.embedded = embedded;
    this.driver = driver;
    this.database = database;
  }

  public static GraphStore open(Target t) throws IOException {
    EmbeddedNeo4j emb = null;
    Driver d = null;
    try {
      Config cfg = Config.builder().withoutEncryption().withConnectionTimeout(15, TimeUnit.SECONDS)
          .withLogging(org.neo4j.driver.Logging.none()).build();
      if (t.uri() == null) {
        emb = new EmbeddedNeo4j(t.home(), t.pageCache() == null || t.pageCache().isBlank() ? defaultPageCache() : t.pageCache());
        d = GraphDatabase.driver(emb.boltUri(), AuthTokens.none(), cfg);
      } else {
        Config remote = Config.builder().withConnectionTimeout(15, TimeUnit.SECONDS).withLogging(org.neo4j.driver.Logging.none()).build();
        d = GraphDatabase.driver(t.uri(), t.user() == null ? AuthTokens.none() : AuthTokens.basic(t.user(), t.password() == null ? "" : t.password()), remote);
      }
      d.verifyConnectivity();
      GraphStore g = new GraphStore(emb, d, t.database() == null || t.database().isBlank() ? null : t.database());
      Schema.create(g);
      return g;
    } catch (RuntimeException | IOException e) {
      if (d != null) d.close();
      if (emb != null) emb.close();
      throw e;
    }
  }

  /**
   * An eighth of the machine's memory, between 256 MiB and 4 GiB: the page cache is off the heap,
   * and a store that does not fit in it makes every write read from disk (at 256 MiB, ingest of
   * a few hundred thousand articles ran at half the speed).
   */
  static String defaultPageCache() {
    long total;
    try {
      total = (Long) java.lang.management.ManagementFactory.getPlatformMBeanServer()
          .getAttribute(new javax.management.ObjectName("java.lang:type=OperatingSystem"), "TotalMemorySize");
    } catch (Exception | Error e) {
      return "256m"; // a JVM that does not tell its machine's memory
    }
    long mib = Math.max(256, Math.min(4096, (total >> 20) / 8));
    return mib + "m";
  }

  public Driver driver() {
    return driver;
  }

  /** A session on the configured database (the server's default when none is set). */
  public Session session() {
    return database == null ? driver.session() : driver.session(SessionConfig.forDatabase(database));
  }

  /** Runs statements that need no transaction function (schema), one after the other. */
  void run(List<String> statements) {
    try (Session s = session()) {
      for (String st : statements) s.run(st).consume();
    } catch (Neo4jException e) {
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      if (embedded != null) embedded.close();
    }
  }
}
