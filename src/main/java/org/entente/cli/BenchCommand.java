package org.entente.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.extract.Extraction;
import org.entente.extract.Extractor;
import org.entente.extract.Language;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente bench-extract FILE...}: the extractor's speed alone, on articles held in memory,
 * one thread, several runs; prints the median and a digest showing every run gave the same output.
 */
@Command(name = "bench-extract", mixinStandardHelpOptions = true,
    description = "Measure extraction alone: MB/s and articles/s on one thread, median of several runs.")
final class BenchCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files;
  @Option(names = "--runs", description = "Measured runs (default: ${DEFAULT-VALUE}); one warm-up run comes first.") int runs = 5;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<Article> articles = new ArrayList<>();
    ArticleReader reader = new ArticleReader(articles::add, p -> spec.commandLine().getErr().println("entente: " + p));
    for (Path f : reader.files(files)) reader.read(f);
    long bytes = 0;
    for (Article a : articles) bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
    Extractor x = new Extractor();
    double[] seconds = new double[runs];
    long digest = 0;
    for (int r = -1; r < runs; r++) {
      long t0 = System.nanoTime();
      long d = 0;
      for (Article a : articles) {
        Extraction e = x.extract(a.id(), a.title(), a.text(), Language.fromCode(a.lang()), a.published());
        d = d * 31 + e.relations().hashCode() * 17L + e.entities().size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      if (r >= 0) {
        seconds[r] = s;
        if (r > 0 && d != digest) throw new UserError("extraction differed between runs");
      }
      digest = d;
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    double median = sorted[runs / 2];
    var out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "articles %d, text %.1f MB, %d runs on 1 thread (%d cores, %d MiB max heap)%n", articles.size(),
        bytes / 1e6, runs, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    out.printf(Locale.ROOT, "median %.2f s: %.1f MB/s, %.0f articles/s (runs: %s)%n", median, bytes / 1e6 / median,
        articles.size() / median, Arrays.toString(Arrays.stream(seconds).map(v -> Math.round(v * 100) / 100.0).toArray()));
    out.printf(Locale.ROOT, "output digest %016x, identical in every run%n", digest);
    return 0;
  }
}
