package org.entente.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.entente.export.Snapshot;
import org.entente.graph.GraphStore;
import org.entente.search.Searcher;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/** The read side of the benchmark, on the ingested store: canned questions, search, export. */
final class Reads {

  /** The search mix: words, phrases, other languages, an entity's other name, filters, facets, sort by date. */
  static final List<Searcher.Request> SEARCHES = List.of(
      req("sanctions", null, null, null, false),
      req("alliance", null, null, null, false),
      req("\"mutual defence\" OR \"mutual defense\"", null, null, null, false),
      req("санкции", null, null, null, false),
      req("sanctionné", "fr", null, null, false),
      req("Pyongyang", null, null, null, false),
      req("KNDR OR DPRK", null, null, null, false),
      req("traité AND signé", null, LocalDate.of(2015, 1, 1), LocalDate.of(2020, 12, 31), false),
      req("Sanktionen", "de", LocalDate.of(2010, 1, 1), null, true),
      req("trade", null, null, null, false),
      req("sanc*", null, null, null, false),
      new Searcher.Request("sanctions", 10, List.of("RUS", "USA"), null, null, null, null, false),
      new Searcher.Request(null, 10, List.of("IRN"), null, null, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), true));

  /** Untimed passes first, so that the JIT has compiled the paths the timed ones take. */
  private static final int WARM_UP = 10;

  private final Benchmark.Options o;
  private final PrintWriter log;
  private final Table table;

  Reads(Benchmark.Options o, PrintWriter log, Table table) {
    this.o = o;
    this.log = log;
    this.table = table;
  }

  private static Searcher.Request req(String q, String lang, LocalDate from, LocalDate to, boolean byDate) {
    return new Searcher.Request(q, 10, null, lang, null, from, to, byDate);
  }

  void questions(GraphStore g, List<Benchmark.Question> questions) {
    Latencies all = new Latencies();
    String slowest = "";
    double slowestMs = 0;
    TransactionConfig tc = TransactionConfig.builder().withTimeout(Duration.ofSeconds(60)).build();
    for (Benchmark.Question q : questions) {
      Latencies one = new Latencies();
      for (int r = -WARM_UP; r < o.runs() * 4; r++) {
        long t0 = System.nanoTime();
        try (Session s = g.session()) {
          s.executeRead(tx -> tx.run(q.cypher(), q.params()).list(), tc);
        }
        if (r >= 0) {
          one.add(System.nanoTime() - t0);
          all.add(System.nanoTime() - t0);
        }
      }
      if (one.percentileMillis(99) > slowestMs) {
        slowestMs = one.percentileMillis(99);
        slowest = q.name();
      }
    }
    table.add("canned questions, warm", String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", all.percentileMillis(50), all.percentileMillis(99)),
        "p99 <= 50 ms", String.format(Locale.ROOT, "%d questions x %d, popular parameters (RUS, USA, EU, NATO); slowest %s p99 %.1f ms",
            questions.size(), o.runs() * 4, slowest, slowestMs));
  }

  void search(Path index) throws IOException {
    Latencies all = new Latencies();
    Latencies facets = new Latencies();
    try (Searcher s = new Searcher(index)) {
      for (int r = -WARM_UP; r < o.runs() * 4; r++) {
        for (Searcher.Request q : SEARCHES) {
          long t0 = System.nanoTime();
          try {
            s.search(q);
          } catch (Searcher.BadQuery e) {
            throw new IllegalStateException(e.getMessage());
          }
          if (r >= 0) all.add(System.nanoTime() - t0);
        }
        for (Searcher.Request q : SEARCHES.subList(0, 4)) {
          long t0 = System.nanoTime();
          try {
            s.facets(q);
          } catch (Searcher.BadQuery e) {
            throw new IllegalStateException(e.getMessage());
          }
          if (r >= 0) facets.add(System.nanoTime() - t0);
        }
      }
    }
    table.add("search: top 10 with snippets, warm", String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", all.percentileMillis(50), all.percentileMillis(99)),
        "p99 <= 20 ms", String.format(Locale.ROOT, "%d queries x %d: words, phrases, other languages, entity names, filters, sort by date", SEARCHES.size(), o.runs() * 4));
    table.add("search: facets (state, language, month)", String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", facets.percentileMillis(50), facets.percentileMillis(99)),
        null, "counted over every match of broad queries ('sanctions': 300,000 matches at a million articles)");
  }

  void export(GraphStore g, Path dir) throws IOException {
    Benchmark.deleteTree(dir);
    Files.createDirectories(dir);
    for (String format : Snapshot.FORMATS) {
      Path out = dir.resolve(format.equals("csv") ? "csv" : "snapshot." + format);
      System.gc();
      long heapBefore = Machine.liveHeapMiB();
      long t0 = System.nanoTime();
      long[] n = Snapshot.export(g, format, out, null, true);
      double secs = (System.nanoTime() - t0) / 1e9;
      table.add("export " + format + " with articles", String.format(Locale.ROOT, "%.1f s, %.0f MB", secs, size(out) / 1e6),
          "1M relationships <= 30 s", String.format(Locale.ROOT, "%,d nodes, %,d relationships; live heap %d -> %d MiB",
              n[0], n[1], heapBefore, Machine.liveHeapMiB()));
      log.printf(Locale.ROOT, "entente bench: export %s: %.1f s%n", format, secs);
    }
  }

  private static long size(Path p) throws IOException {
    if (!Files.isDirectory(p)) return Files.size(p);
    long sum = 0;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) sum += Files.size(f);
    }
    return sum;
  }
}
