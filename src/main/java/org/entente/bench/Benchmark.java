package org.entente.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.extract.Extractor;
import org.entente.graph.GraphStore;
import org.entente.graph.GraphWriter;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleReader;
import org.entente.ingest.Ingester;
import org.entente.search.ArticleIndex;

/**
 * Entente's benchmark: ingest of a corpus into a fresh embedded store, then, on that store,
 * start-up, canned questions, search and export, extraction alone, and the side-by-side
 * comparisons. Prints one table; progress and per-tenth ingest figures go to the log.
 */
public final class Benchmark {

  /** A canned question with the parameters it is asked with. */
  public record Question(String name, String cypher, Map<String, Object> params) {}

  /** What to run: the corpus file, a scratch data directory, and how many repetitions. */
  public record Options(Path corpus, Path dataDir, int runs, int sideBySideArticles, int fulltextArticles,
                        boolean reuseStore, String pageCache) {}

  private final Options o;
  private final PrintWriter log;
  private final Table table = new Table();
  private long articles;
  private long bytes;

  public Benchmark(Options o, PrintWriter log) {
    this.o = o;
    this.log = log;
  }

  public Table run(List<Question> questions) throws IOException {
    log.println("entente bench: " + Machine.describe());
    if (!o.reuseStore()) ingest();
    else articles = countLines(o.corpus());
    startUp();
    System.gc(); // a user's search runs in its own JVM with no Neo4j in it: measured before the store opens
    new Reads(o, log, table).search(o.dataDir().resolve("index"));
    try (GraphStore g = open(o.dataDir().resolve("graph"))) {
      new Reads(o, log, table).questions(g, questions);
      new Reads(o, log, table).export(g, o.dataDir().resolve("export"));
    }
    extraction();
    SideBySide side = new SideBySide(o, log, table);
    side.obviousWay(sample(o.sideBySideArticles()));
    side.neo4jFullText(sample(o.fulltextArticles()));
    table.add("peak resident memory of the benchmark JVM", Machine.peakRssMiB() + " MiB", null, "heap max " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
    return table;
  }

  private void ingest() throws IOException {
    long total = countLines(o.corpus());
    deleteTree(o.dataDir());
    Files.createDirectories(o.dataDir());
    long t0 = System.nanoTime();
    long[] nextTenth = {Math.max(1, total / 10)};
    long[] lastMark = {t0, 0};
    List<String> tenths = new ArrayList<>();
    Ingester.Summary s;
    try (GraphStore g = open(o.dataDir().resolve("graph")); ArticleIndex index = new ArticleIndex(o.dataDir().resolve("index"))) {
      Ingester in = new Ingester(new Extractor(), index, new GraphWriter(g), 1000);
      s = in.run(List.of(o.corpus()), p -> log.println("entente bench: " + p), n -> {
        if (n == lastMark[1] || (n < nextTenth[0] && n < total)) return;
        long now = System.nanoTime();
        double rate = (n - lastMark[1]) / ((now - lastMark[0]) / 1e9);
        String line = String.format(Locale.ROOT, "%,d articles at %.0f s: %.0f articles/s in this tenth, live heap %d MiB, RSS %d MiB",
            n, (now - t0) / 1e9, rate, Machine.liveHeapMiB(), Machine.rssMiB());
        log.println("entente bench: ingest " + line);
        tenths.add(line);
        lastMark[0] = now;
        lastMark[1] = n;
        nextTenth[0] += Math.max(1, total / 10);
      });
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    articles = s.added() + s.updated();
    bytes = s.bytes();
    table.add("ingest, end to end (Lucene + extraction + embedded Neo4j)",
        String.format(Locale.ROOT, "%,d articles in %.0f s: %.0f articles/s, %.1f MB/s", articles, secs, articles / secs, bytes / 1e6 / secs),
        "1,000,000 in <= 300 s", String.format(Locale.ROOT, "stage seconds (overlapping): extraction %.0f, graph %.0f, index %.0f",
            s.extractSeconds(), s.graphSeconds(), s.indexSeconds()));
    if (!tenths.isEmpty()) {
      table.add("ingest, first tenth", tenths.get(0).replaceFirst("^[^:]*: ", ""), "flat", null);
      table.add("ingest, last tenth", tenths.get(tenths.size() - 1).replaceFirst("^[^:]*: ", ""), "flat", null);
    }
    table.add("ingest, peak heap", Machine.peakHeapMiB() + " MiB", "< 2048 MiB", "peak RSS so far " + Machine.peakRssMiB() + " MiB");
  }

  /**
   * A new process, as a user's command starts: {@code ./entente query} on the store, through the
   * launcher when there is one (with its ahead-of-time class cache), timed to the first byte of
   * the answer on stdout and to the exit; the median of a few.
   */
  private void startUp() throws IOException {
    int n = Math.max(1, Math.min(3, o.runs()));
    double[] first = new double[n];
    double[] exit = new double[n];
    Path launcher = Path.of(System.getProperty("entente.home", "."), "entente");
    List<String> cmd = new ArrayList<>();
    if (Files.isExecutable(launcher)) {
      cmd.add(launcher.toString());
    } else {
      cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
          "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path"),
          "org.entente.cli.Main"));
    }
    cmd.addAll(List.of("query", "-e", "MATCH (n:State) RETURN count(n) AS states", "--data-dir", o.dataDir().toString()));
    for (int i = -1; i < n; i++) { // the first run may write the launcher's class cache: not counted
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      long firstByte;
      try (var in = p.getInputStream()) {
        in.read();
        firstByte = System.nanoTime();
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      try {
        if (p.waitFor() != 0) throw new IOException("the start-up run failed: " + String.join(" ", cmd));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      if (i >= 0) {
        first[i] = (firstByte - t0) / 1e9;
        exit[i] = (System.nanoTime() - t0) / 1e9;
      }
    }
    table.add("embedded store open to first answer", String.format(Locale.ROOT, "%.1f s", Latencies.median(first)), "<= 5 s",
        String.format(Locale.ROOT, "new process '%s query' on the store, median of %d; %.1f s to its exit",
            cmd.get(0).endsWith("entente") ? "./entente" : "java", n, Latencies.median(exit)));
  }

  private void extraction() {
    List<Article> sample = sample(20_000);
    long size = 0;
    for (Article a : sample) size += a.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    Extractor x = new Extractor();
    double[] secs = new double[o.runs()];
    for (int r = -1; r < o.runs(); r++) {
      long t0 = System.nanoTime();
      for (Article a : sample) x.extract(a.id(), a.title(), a.text(), org.entente.extract.Language.fromCode(a.lang()), a.published());
      if (r >= 0) secs[r] = (System.nanoTime() - t0) / 1e9;
    }
    double med = Latencies.median(secs);
    table.add("extraction alone, one thread", String.format(Locale.ROOT, "%.1f MB/s, %.0f articles/s", size / 1e6 / med, sample.size() / med),
        ">= 10 MB/s per core", String.format(Locale.ROOT, "%,d generated articles, %.1f MB, median of %d", sample.size(), size / 1e6, o.runs()));
  }

  /** The first n articles of the corpus, in memory. */
  List<Article> sample(int n) {
    List<Article> out = new ArrayList<>();
    ArticleReader r = new ArticleReader(a -> {
      if (out.size() < n) out.add(a);
      else throw new Enough();
    }, p -> {});
    try {
      r.read(o.corpus());
    } catch (Enough e) {
      // the sample is full
    }
    return out;
  }

  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }

  GraphStore open(Path home) throws IOException {
    return GraphStore.open(new GraphStore.Target(null, null, null, null, home, o.pageCache()));
  }

  static long countLines(Path f) throws IOException {
    try (Stream<String> s = Files.lines(f)) {
      return s.count();
    }
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
    }
  }
}
