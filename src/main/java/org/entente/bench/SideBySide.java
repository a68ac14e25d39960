package org.entente.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.extract.Extractor;
import org.entente.extract.Language;
import org.entente.graph.GraphStore;
import org.entente.graph.GraphWriter;
import org.entente.ingest.Article;
import org.entente.search.ArticleIndex;
import org.entente.search.Searcher;
import org.neo4j.driver.Session;

/**
 * The comparisons the benchmark makes in the same run: Entente's batched graph writes against the
 * obvious way (a transaction per article, a MERGE per row), and its Lucene search against Neo4j's
 * own full-text index over the same articles. Each side gets a fresh embedded store.
 */
final class SideBySide {

  private final Benchmark.Options o;
  private final PrintWriter log;
  private final Table table;

  SideBySide(Benchmark.Options o, PrintWriter log, Table table) {
    this.o = o;
    this.log = log;
    this.table = table;
  }

  void obviousWay(List<Article> articles) throws IOException {
    if (articles.isEmpty()) return;
    Extractor x = new Extractor();
    List<GraphWriter.Item> items = articles.stream()
        .map(a -> new GraphWriter.Item(a, x.extract(a.id(), a.title(), a.text(), Language.fromCode(a.lang()), a.published()))).toList();
    double batched;
    double oneByOne;
    Path home = o.dataDir().resolve("side-by-side");
    Benchmark.deleteTree(home);
    try (GraphStore g = open(home.resolve("batched"))) {
      GraphWriter w = new GraphWriter(g);
      w.write(items.subList(0, Math.min(200, items.size()))); // warm-up, then a fresh label of work
      clear(g);
      long t0 = System.nanoTime();
      for (int i = 0; i < items.size(); i += 1000) w.write(items.subList(i, Math.min(items.size(), i + 1000)));
      batched = items.size() / ((System.nanoTime() - t0) / 1e9);
    }
    try (GraphStore g = open(home.resolve("one-by-one"))) {
      GraphWriter w = new GraphWriter(g);
      w.writeOneByOne(items.subList(0, Math.min(200, items.size())));
      clear(g);
      long t0 = System.nanoTime();
      w.writeOneByOne(items);
      oneByOne = items.size() / ((System.nanoTime() - t0) / 1e9);
    }
    Benchmark.deleteTree(home);
    table.add("graph writes: batched vs one transaction per article", String.format(Locale.ROOT, "%.1fx", batched / oneByOne), null,
        String.format(Locale.ROOT, "%,d articles: %.0f vs %.0f articles/s (graph only, extraction done before)", items.size(), batched, oneByOne));
    log.printf(Locale.ROOT, "entente bench: batched %.0f articles/s, one by one %.0f articles/s%n", batched, oneByOne);
  }

  void neo4jFullText(List<Article> articles) throws IOException {
    if (articles.isEmpty()) return;
    Path home = o.dataDir().resolve("neo4j-fulltext");
    Benchmark.deleteTree(home);
    Path ourIndex = home.resolve("lucene"); // the same articles on both sides
    Extractor x = new Extractor();
    try (ArticleIndex idx = new ArticleIndex(ourIndex)) {
      for (Article a : articles) idx.put(a, x.extract(a.id(), a.title(), a.text(), Language.fromCode(a.lang()), a.published()));
      idx.commit();
    }
    Latencies neo = new Latencies();
    Latencies ours = new Latencies();
    try (GraphStore g = open(home)) {
      try (Session s = g.session()) {
        s.run("CREATE FULLTEXT INDEX docs IF NOT EXISTS FOR (d:Doc) ON EACH [d.title, d.text]").consume();
        for (int i = 0; i < articles.size(); i += 2000) {
          List<Map<String, Object>> rows = new ArrayList<>();
          for (Article a : articles.subList(i, Math.min(articles.size(), i + 2000))) {
            Map<String, Object> m = new HashMap<>();
            m.put("id", a.id());
            m.put("title", a.title());
            m.put("text", a.text());
            rows.add(m);
          }
          s.executeWriteWithoutResult(tx -> tx.run("UNWIND $rows AS r CREATE (:Doc {id: r.id, title: r.title, text: r.text})", Map.of("rows", rows)).consume());
        }
        s.run("CALL db.awaitIndexes(600)").consume();
      }
      List<String> words = List.of("sanctions", "alliance", "\"mutual defence\" OR \"mutual defense\"", "санкции", "Pyongyang", "trade", "sanc*");
      try (Searcher searcher = new Searcher(ourIndex); Session s = g.session()) {
        for (int r = -1; r < o.runs() * 4; r++) {
          for (String q : words) {
            long t0 = System.nanoTime();
            s.executeRead(tx -> tx.run("CALL db.index.fulltext.queryNodes('docs', $q, {limit: 10}) YIELD node, score RETURN node.id, node.title, score",
                Map.of("q", q)).list());
            long t1 = System.nanoTime();
            try {
              searcher.search(new Searcher.Request(q, 10, null, null, null, null, null, false));
            } catch (Searcher.BadQuery e) {
              throw new IllegalStateException(e.getMessage());
            }
            long t2 = System.nanoTime();
            if (r >= 0) {
              neo.add(t1 - t0);
              ours.add(t2 - t1);
            }
          }
        }
      }
    }
    Benchmark.deleteTree(home);
    table.add("search: Entente vs Neo4j full-text index, p50", String.format(Locale.ROOT, "%.1f vs %.1f ms", ours.percentileMillis(50), neo.percentileMillis(50)), null,
        String.format(Locale.ROOT, "the same %,d articles in both; Entente's answer also has snippets and entities", articles.size()));
    table.add("search: Entente vs Neo4j full-text index, p99", String.format(Locale.ROOT, "%.1f vs %.1f ms", ours.percentileMillis(99), neo.percentileMillis(99)), null, null);
  }

  private GraphStore open(Path home) throws IOException {
    return GraphStore.open(new GraphStore.Target(null, null, null, null, home, "512m"));
  }

  private static void clear(GraphStore g) {
    try (Session s = g.session()) {
      s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
    }
  }
}
