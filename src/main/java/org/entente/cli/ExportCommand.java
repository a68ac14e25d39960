package org.entente.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.entente.export.Snapshot;
import org.entente.graph.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente export --format F --out PATH [--as-of DATE]}: a snapshot of the graph. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write a snapshot of the knowledge graph: graphml, gexf, json (Cytoscape.js), csv (neo4j-admin import, a directory) or cypher.")
final class ExportCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Option(names = "--format", required = true) String format;
  @Option(names = "--out", required = true) Path out;
  @Option(names = "--as-of", description = "The graph as it held on this date (default: now)") LocalDate asOf;
  @Option(names = "--with-articles", description = "Add articles and their MENTIONS edges.") boolean withArticles;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Snapshot.FORMATS.contains(format)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be one of " + String.join(", ", Snapshot.FORMATS));
    }
    try (GraphStore g = store.openGraph()) {
      long[] n = Snapshot.export(g, format, out, asOf == null ? null : asOf.toString(), withArticles);
      spec.commandLine().getErr().printf(java.util.Locale.ROOT, "entente: wrote %d nodes and %d edges to %s%n", n[0], n[1], out);
    }
    return 0;
  }
}
