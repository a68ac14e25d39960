package org.entente.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
public final class Ingester {

  /** What an ingest did. */
  public record Summary(long read, long added, long updated, long unchanged, long rejected) {}

  private final Extractor extractor;
  private final ArticleIndex index;
  private final GraphWriter graph;
  private final int batchSize;
  private long read;
  private long added;
  private long updated;
  private long unchanged;
  private long rejected;

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
    for (Path f : reader.files(inputs)) reader.read(f);
    flush(batch);
    progress.accept(read);
    return new Summary(read, added, updated, unchanged, rejected);
  }

  private void flush(List<Article> batch) {
    if (batch.isEmpty()) return;
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : batch) byId.put(a.id(), a); // the last record of an id in a batch wins
    batch.clear();
    Map<String, String> known = index.hashes(new ArrayList<>(byId.keySet()));
    List<Article> todo = new ArrayList<>();
    for (Article a : byId.values()) {
      String h = known.get(a.id());
      if (a.contentHash().equals(h)) unchanged++;
      else {
        todo.add(a);
        if (h == null) added++;
        else updated++;
      }
    }
    if (todo.isEmpty()) return;
    List<GraphWriter.Item> items = todo.parallelStream().map(a -> new GraphWriter.Item(a, extract(a))).toList();
    graph.write(items);
    try {
      for (GraphWriter.Item it : items) index.put(it.article(), it.extraction());
      index.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Extraction extract(Article a) {
    return extractor.extract(a.id(), a.title(), a.text(), Language.fromCode(a.lang()), a.published());
  }
}
