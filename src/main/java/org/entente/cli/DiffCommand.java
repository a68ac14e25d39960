package org.entente.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.graph.GraphStore;
import org.neo4j.driver.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente diff --from D1 --to D2}: relations that appeared or ended between two dates. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Relations that appeared, ended or changed status between two dates.")
final class DiffCommand implements Callable<Integer> {

  static final String CYPHER = """
      MATCH (s:Entity)-[r]->(t:Entity)
      WITH s, r, t, coalesce(r.since, toString(r.firstSeen)) AS start, r.until AS stop
      WITH s, r, t, start, stop,
           (start IS NOT NULL AND start <= $d1 AND (stop IS NULL OR stop > $d1)) AS before,
           (start IS NOT NULL AND start <= $d2 AND (stop IS NULL OR stop > $d2)) AS after
      WHERE before <> after
      RETURN CASE WHEN after THEN 'appeared' ELSE 'ended' END AS change,
             s.id AS source, type(r) AS type, t.id AS target, start AS since, stop AS until, r.articles AS articles
      ORDER BY since, source, type, target""";

  @Mixin StoreOptions store;
  @Option(names = "--from", required = true) LocalDate from;
  @Option(names = "--to", required = true) LocalDate to;
  @Option(names = "--format", description = "table (default), json or csv") String format = "table";
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (GraphStore g = store.openGraph(); Session s = g.session()) {
      var res = s.executeRead(tx -> {
        var r = tx.run(CYPHER, Map.of("d1", from.toString(), "d2", to.toString() + "~"));
        return Map.entry(r.keys(), r.list());
      });
      ResultPrinter.print(res.getKey(), res.getValue(), format, spec.commandLine().getOut());
    }
    return 0;
  }
}
