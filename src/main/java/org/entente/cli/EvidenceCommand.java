package org.entente.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.graph.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente evidence SOURCE TYPE TARGET}: every article and sentence behind one edge. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
    description = "List the articles and sentences that support a relation, e.g. evidence RUS ALLIED_WITH PRK.")
final class EvidenceCommand implements Callable<Integer> {

  static final String CYPHER = """
      MATCH (e:Evidence) WHERE e.key IN $keys
      MATCH (a:Article)-[:SUPPORTS]->(e)
      RETURN a.id AS article, a.title AS title, a.published AS published, e.status AS status, e.date AS date,
             e.sentence AS sentence
      ORDER BY published, article""";

  @Mixin StoreOptions store;
  @Parameters(index = "0") String source;
  @Parameters(index = "1") String type;
  @Parameters(index = "2") String target;
  @Option(names = "--format", description = "text (default), json or csv") String format = "text";
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String t = type.toUpperCase(Locale.ROOT);
    List<String> keys = t.equals("ALLIED_WITH")
        ? List.of(source + "|" + t + "|" + target, target + "|" + t + "|" + source)
        : List.of(source + "|" + t + "|" + target);
    try (GraphStore g = store.openGraph(); Session s = g.session()) {
      var res = s.executeRead(tx -> {
        var r = tx.run(CYPHER, Map.of("keys", keys));
        return Map.entry(r.keys(), r.list());
      });
      List<Record> rows = res.getValue();
      if (rows.isEmpty()) throw new UserError("no evidence for " + source + " " + t + " " + target);
      var out = spec.commandLine().getOut();
      if (!format.equals("text")) {
        ResultPrinter.print(res.getKey(), rows, format, out);
        return 0;
      }
      out.printf(java.util.Locale.ROOT, "%s %s %s: %d article%s%n", source, t, target, rows.size(), rows.size() == 1 ? "" : "s");
      for (Record r : rows) {
        out.printf(java.util.Locale.ROOT, "%n%s  %s  %s  [%s%s]%n", r.get("published").isNull() ? "(undated)" : r.get("published").toString(),
            r.get("article").asString(), r.get("title").asString(""), r.get("status").asString(""),
            r.get("date").isNull() ? "" : ", " + r.get("date").asString());
        out.println("    " + r.get("sentence").asString(""));
      }
    }
    return 0;
  }
}
