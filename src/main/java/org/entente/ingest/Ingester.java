package org.entente.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.entente.extract.Extraction;
import org.entente.extract.Extractor;
import org.entente.extract.Language;
import org.entente.graph.GraphWriter;
import org.entente.search.ArticleIndex;

/**
 * Reads articles, extracts them and stores them, a batch at a time: the graph transaction first,
 * then the Lucene commit. The index is thus the record of what is done: an ingest killed at any
 * moment and run again redoes only the batch that had not reached the index, and since graph
 * writes are idempotent, every article ends up stored exactly once in both stores.
 *
 * <p>Batches overlap: while the graph writes one batch, the next is extracted and the Lucene
 * documents of the current one are built; only the commit waits for the graph.
 */
public final class Ingester {

  /** What an ingest did, and where its time went (seconds of each stage; stages overlap). */
  public record Summary(long read, long added, long updated, long unchanged, long rejected, long bytes,
                        double extractSeconds, double graphSeconds, double indexSeconds) {}

  private final Extractor extractor;
  private final ArticleIndex index;
  private final GraphWriter graph;
  private final int batchSize;
  private long read;
  private long added;
  private long updated;
  private long unchanged;
  private long rejected;
  private long bytes;
  private long extractNanos;
  private long graphNanos;
  private long indexNanos;
  private final ExecutorService graphThread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "entente-graph-writer");
    t.setDaemon(true);
    return t;
  });
  private Future<?> pending; // the graph write of the batch whose documents are put but not committed
  private Map<String, String> inFlight = Map.of(); // id -> hash of that batch

  public Ingester(Extractor extractor, ArticleIndex index, GraphWriter graph, int batchSize) {
    this.extractor = extractor;
    this.index = index;
    this.graph = graph;
    this.batchSize = batchSize;
  }

  public Summary run(List<Path> inputs, Consumer<InputProblem> problems, LongConsumer progress) {
    List<Article> batch = new ArrayList<>(batchSize);
    Consumer<InputProblem> counting = p -> {
      if (!p.reason().startsWith("not UTF-8")) rejected++;
      problems.accept(p);
    };
    ArticleReader reader = new ArticleReader(a -> {
      read++;
      batch.add(a);
      if (batch.size() >= batchSize) {
        flush(batch);
        progress.accept(read);
      }
    }, counting);
    try {
      for (Path f : reader.files(inputs)) reader.read(f);
      flush(batch);
      finish();
    } finally {
      graphThread.shutdownNow();
    }
    progress.accept(read);
    return new Summary(read, added, updated, unchanged, rejected, bytes, extractNanos / 1e9, graphNanos / 1e9, indexNanos / 1e9);
  }

  private void flush(List<Article> batch) {
    if (batch.isEmpty()) return;
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : batch) byId.put(a.id(), a); // the last record of an id in a batch wins
    batch.clear();
    Map<String, String> known = index.hashes(new ArrayList<>(byId.keySet()));
    List<Article> todo = new ArrayList<>();
    for (Article a : byId.values()) {
      String h = inFlight.containsKey(a.id()) ? inFlight.get(a.id()) : known.get(a.id());
      if (a.contentHash().equals(h)) unchanged++;
      else {
        todo.add(a);
        if (h == null) added++;
        else updated++;
      }
    }
    if (todo.isEmpty()) return;
    long t0 = System.nanoTime();
    List<GraphWriter.Item> items = todo.parallelStream().map(a -> new GraphWriter.Item(a, extract(a))).toList();
    extractNanos += System.nanoTime() - t0;
    for (Article a : todo) bytes += utf8Length(a.text());
    finish();
    Map<String, String> hashes = new HashMap<>();
    for (Article a : todo) hashes.put(a.id(), a.contentHash());
    inFlight = hashes;
    pending = graphThread.submit(() -> {
      long g0 = System.nanoTime();
      graph.write(items);
      graphNanos += System.nanoTime() - g0;
    });
    long i0 = System.nanoTime();
    try {
      for (GraphWriter.Item it : items) index.put(it.article(), it.extraction());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    indexNanos += System.nanoTime() - i0;
  }

  /** Waits for the pending graph write, then commits its batch to the index. */
  private void finish() {
    if (pending == null) return;
    try {
      pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the graph", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    } finally {
      pending = null;
    }
    long c0 = System.nanoTime();
    try {
      index.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    indexNanos += System.nanoTime() - c0;
    inFlight = Map.of();
  }

  Extraction extract(Article a) {
    return extractor.extract(a.id(), a.title(), a.text(), Language.fromCode(a.lang()), a.published());
  }

  /** The UTF-8 size of a text, without encoding it. */
  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }
}
