package org.entente.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.graph.GraphStore;
import org.entente.ingest.Ingester;
import org.neo4j.driver.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code entente demo}: ingests the sample articles and answers three canned questions. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest seeds/ into the data directory and answer three canned questions from queries/.")
final class DemoCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private record Question(String file, Map<String, Object> params, String title) {}

  private static final List<Question> QUESTIONS = List.of(
      new Question("allies-of.cypher", Map.of("state", "RUS"), "Who are the allies of Russia?"),
      new Question("sanctions-on.cypher", Map.of("state", "PRK"), "Who sanctions North Korea?"),
      new Question("treaties-of.cypher", Map.of("state", "RUS"), "Which treaties is Russia party to?"));

  @Override
  public Integer call() throws Exception {
    Path home = Path.of(System.getProperty("entente.home", "."));
    Path seeds = home.resolve("seeds");
    if (!Files.isDirectory(seeds)) throw new UserError("no seeds/ directory under " + home.toAbsolutePath());
    PrintWriter out = spec.commandLine().getOut();
    Ingester.Summary s = IngestCommand.ingest(store, List.of(seeds), 1000, spec.commandLine().getErr());
    out.printf(java.util.Locale.ROOT, "Ingested %s: read %d, new %d, updated %d, unchanged %d, rejected %d%n", seeds, s.read(), s.added(),
        s.updated(), s.unchanged(), s.rejected());
    try (GraphStore g = store.openGraph(); Session session = g.session()) {
      var counts = session.executeRead(tx -> tx.run("""
          MATCH (a:Article) WITH count(a) AS articles
          OPTIONAL MATCH (e:Entity) WITH articles, count(e) AS entities
          OPTIONAL MATCH (:Entity)-[r]->(:Entity) RETURN articles, entities, count(r) AS relations""").single());
      out.printf(java.util.Locale.ROOT, "The graph holds %d articles, %d entities and %d relations.%n", counts.get("articles").asLong(),
          counts.get("entities").asLong(), counts.get("relations").asLong());
      for (Question q : QUESTIONS) {
        String cypher = Files.readString(home.resolve("queries").resolve(q.file()), StandardCharsets.UTF_8);
        var res = session.executeRead(tx -> {
          var r = tx.run(cypher, q.params());
          return Map.entry(r.keys(), r.list());
        });
        out.printf(java.util.Locale.ROOT, "%n%s  (queries/%s %s)%n", q.title(), q.file(), q.params());
        ResultPrinter.print(res.getKey(), res.getValue(), "table", out);
      }
    }
    out.printf(java.util.Locale.ROOT, "%nThe data is in %s. Try: ./entente search \"défense mutuelle\"%n", store.dataDir.toAbsolutePath());
    return 0;
  }
}
