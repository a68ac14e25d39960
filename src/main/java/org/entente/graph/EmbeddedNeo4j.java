package org.entente.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j Community DBMS inside this process, with Bolt on a free loopback port and no auth, so
 * that Entente talks to it through the driver exactly as it would to a server. The settings are
 * written to {@code neo4j.conf} beside the store; lines a user adds to {@code neo4j-user.conf}
 * there are applied after them.
 */
final class EmbeddedNeo4j implements AutoCloseable {

  private static final String CONF = String.join("\n",
      "# Written by Entente at every start; put your own settings in neo4j-user.conf.",
      "server.bolt.enabled=true",
      "server.bolt.listen_address=127.0.0.1:0",
      "server.http.enabled=false",
      "server.https.enabled=false",
      "dbms.security.auth_enabled=false",
      "server.memory.pagecache.size=%s",
      "db.tx_log.preallocate=false",
      "db.tx_log.rotation.retention_policy=2 files",
      "dbms.usage_report.enabled=false",
      "server.fleet_discovery.enabled=false",
      "internal.dbms.bolt.netty_server_shutdown_quiet_period_duration=100ms",
      "");

  private final DatabaseManagementService dbms;
  private final int port;

  EmbeddedNeo4j(Path home, String pageCache) throws IOException {
    Files.createDirectories(home);
    Path conf = home.resolve("neo4j.conf");
    Files.writeString(conf, String.format(java.util.Locale.ROOT, CONF, pageCache), StandardCharsets.UTF_8);
    DatabaseManagementServiceBuilder b = new DatabaseManagementServiceBuilder(home);
    b.loadPropertiesFromFile(conf);
    Path user = home.resolve("neo4j-user.conf");
    if (Files.isRegularFile(user)) b.loadPropertiesFromFile(user);
    dbms = b.build();
    GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database("neo4j");
    port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT).getPort();
  }

  String boltUri() {
    return "bolt://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    dbms.shutdown();
  }
}
