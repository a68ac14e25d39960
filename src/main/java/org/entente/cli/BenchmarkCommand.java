package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.bench.Benchmark;
import org.entente.bench.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code entente bench}: generates (or reuses) a corpus, ingests it into a scratch embedded store
 * and measures everything users wait for; prints one table (docs/BENCHMARKS.md explains it).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark ingest, extraction, search, canned questions, export and start-up on a generated corpus; prints one table.")
final class BenchmarkCommand implements Callable<Integer> {

  /** The parameters the canned questions are asked with: popular entities, so that dense nodes are on the path. */
  private static final Map<String, Object> PARAMS = Map.of("state", "RUS", "actor", "EU", "org", "NATO", "a", "USA", "b", "EU",
      "source", "USA", "type", "SANCTIONS", "target", "RUS", "limit", 20L);
  private static final Map<String, Map<String, Object>> OVERRIDES = Map.of(
      "alliance-path", Map.of("from", "RUS", "to", "FRA"),
      "changed-between", Map.of("from", "2014-01-01", "to", "2014-12-31"),
      "treaties-between", Map.of("from", "2010-01-01", "to", "2015-12-31"));

  @Option(names = "--articles", description = "Corpus size when it is generated (default: ${DEFAULT-VALUE})") long articles = 100_000;
  @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE})") long seed = 1;
  @Option(names = "--corpus", description = "Use this JSONL corpus instead of generating one") Path corpus;
  @Option(names = "--work-dir", description = "Scratch directory for the corpus and the store (default: ${DEFAULT-VALUE})") Path work = Path.of("entente-bench");
  @Option(names = "--runs", description = "Repetitions of each timed read (x4 for latencies) and of extraction (default: ${DEFAULT-VALUE})") int runs = 5;
  @Option(names = "--side-by-side", description = "Articles for the batched vs one-by-one write comparison (default: ${DEFAULT-VALUE})") int sideBySide = 2000;
  @Option(names = "--fulltext", description = "Articles in Neo4j's full-text index for the search comparison (default: ${DEFAULT-VALUE})") int fulltext = 20_000;
  @Option(names = "--reuse-store", description = "Skip the ingest: measure the store a previous run left in the work directory") boolean reuse;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (runs < 1) throw new UserError("--runs must be 1 or more");
    Path file = corpus;
    if (file == null) {
      file = work.resolve("corpus-" + articles + "-" + seed).resolve("articles.jsonl");
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getErr().println("entente bench: generating " + articles + " articles into " + file.getParent());
        int rc = new picocli.CommandLine(new GenerateCommand()).setOut(spec.commandLine().getErr()).setErr(spec.commandLine().getErr())
            .execute("--articles", Long.toString(articles), "--seed", Long.toString(seed), "--out", file.getParent().toString());
        if (rc != 0) return rc;
      }
    } else if (!Files.isRegularFile(file)) {
      throw new UserError(file + ": no such file");
    }
    Path store = work.resolve("store");
    if (reuse && !Files.isDirectory(store.resolve("index"))) throw new UserError("--reuse-store: no store under " + store + " yet");
    Benchmark.Options o = new Benchmark.Options(file, store, runs, sideBySide, fulltext, reuse, System.getenv("ENTENTE_PAGECACHE"));
    List<Benchmark.Question> questions = new ArrayList<>();
    for (CannedQuestions.Question q : CannedQuestions.all()) {
      Map<String, Object> p = new LinkedHashMap<>();
      for (String name : q.params()) p.put(name, OVERRIDES.getOrDefault(q.name(), Map.of()).getOrDefault(name, PARAMS.get(name)));
      questions.add(new Benchmark.Question(q.name(), Files.readString(q.file()), p));
    }
    Table t = new Benchmark(o, spec.commandLine().getErr()).run(questions);
    spec.commandLine().getOut().println("Entente benchmark, corpus " + file + " (" + org.entente.bench.Machine.describe() + ")");
    t.print(spec.commandLine().getOut());
    return 0;
  }
}
