package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.entente.graph.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente stats [--json]}: what the data directory holds, changing nothing. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Count the articles in the index and the nodes and relationships in the graph.")
final class StatsCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Option(names = "--json", description = "One JSON object on stdout.") boolean json;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long articles = 0;
    if (Files.isDirectory(store.indexDir()) && DirectoryReader.indexExists(FSDirectory.open(store.indexDir()))) {
      try (FSDirectory d = FSDirectory.open(store.indexDir()); DirectoryReader r = DirectoryReader.open(d)) {
        articles = r.numDocs();
      }
    }
    Map<String, Long> nodes = new LinkedHashMap<>();
    Map<String, Long> rels = new LinkedHashMap<>();
    try (GraphStore g = store.openGraph(); Session s = g.session()) {
      s.executeRead(tx -> {
        for (Record l : tx.run("CALL db.labels() YIELD label RETURN label ORDER BY label").list()) {
          String label = l.get(0).asString();
          nodes.put(label, tx.run("MATCH (n:`" + label.replace("`", "``") + "`) RETURN count(n)").single().get(0).asLong());
        }
        for (Record t : tx.run("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType").list()) {
          String type = t.get(0).asString();
          rels.put(type, tx.run("MATCH ()-[r:`" + type.replace("`", "``") + "`]->() RETURN count(r)").single().get(0).asLong());
        }
        return null;
      });
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("articles", articles);
      o.put("nodes", nodes);
      o.put("relationships", rels);
      out.println(new ObjectMapper().writeValueAsString(o));
    } else {
      out.printf(java.util.Locale.ROOT, "articles in the index: %d%n", articles);
      out.println("nodes:");
      nodes.forEach((k, v) -> out.printf(java.util.Locale.ROOT, "  %-14s %d%n", k, v));
      out.println("relationships:");
      rels.forEach((k, v) -> out.printf(java.util.Locale.ROOT, "  %-14s %d%n", k, v));
    }
    return 0;
  }
}
