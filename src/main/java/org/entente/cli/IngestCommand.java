package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.entente.extract.Extractor;
import org.entente.graph.GraphStore;
import org.entente.graph.GraphWriter;
import org.entente.ingest.Ingester;
import org.entente.search.ArticleIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente ingest PATH...}: reads, extracts and stores articles; safe to re-run or kill. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Index articles in Lucene and write what they say into Neo4j. Re-running changes nothing.")
final class IngestCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of .jsonl, .ndjson, .json, .txt, .html")
  List<Path> paths;

  @Option(names = "--batch", description = "Articles per transaction (default: ${DEFAULT-VALUE})")
  int batch = 1000;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    for (Path p : paths) if (!Files.exists(p)) throw new UserError(p + ": no such file or directory");
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    Ingester.Summary s = ingest(store, paths, batch, err);
    double secs = (System.nanoTime() - t0) / 1e9;
    err.printf(java.util.Locale.ROOT, "entente: %.1f s, %.0f articles/s, %.1f MB/s of text; extraction %.1f s, graph %.1f s, index %.1f s (overlapping)%n",
        secs, (s.added() + s.updated()) / secs, s.bytes() / 1e6 / secs, s.extractSeconds(), s.graphSeconds(), s.indexSeconds());
    spec.commandLine().getOut().printf(java.util.Locale.ROOT, "read %d, new %d, updated %d, unchanged %d, rejected %d%n",
        s.read(), s.added(), s.updated(), s.unchanged(), s.rejected());
    return s.read() == 0 && s.rejected() > 0 ? 1 : 0;
  }

  static Ingester.Summary ingest(StoreOptions store, List<Path> paths, int batch, PrintWriter err) throws IOException {
    Extractor extractor = new Extractor();
    try (GraphStore g = store.openGraph(); ArticleIndex index = new ArticleIndex(store.indexDir())) {
      Ingester in = new Ingester(extractor, index, new GraphWriter(g), batch);
      boolean tty = System.console() != null && System.getenv("CI") == null;
      try (ProgressBar bar = tty ? new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1)
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" articles", 1).build() : null) {
        return in.run(paths, p -> err.println("entente: " + p), n -> {
          if (bar != null) bar.stepTo(n);
        });
      }
    }
  }
}
