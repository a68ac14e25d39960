package org.entente.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.entente.extract.Entity;
import org.entente.extract.Extraction;
import org.entente.extract.Language;
import org.entente.ingest.Article;

/**
 * The articles' full-text index, written by ingest: one document per article id, replaced when
 * the article changes. What is committed is what counts: an article is in the index only once
 * its graph write has committed, so the index is the ingest's record of what is done.
 */
public final class ArticleIndex implements AutoCloseable {

  private final FSDirectory dir;
  private final IndexWriter writer;
  private DirectoryReader reader;

  public ArticleIndex(Path path) throws IOException {
    dir = FSDirectory.open(path);
    IndexWriterConfig cfg = new IndexWriterConfig(Fields.perField());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(64);
    cfg.setCommitOnClose(false); // only explicit commits, after the graph has the same articles
    writer = new IndexWriter(dir, cfg);
    reader = DirectoryReader.open(writer);
  }

  /** The content hashes of those of the ids that are in the index. */
  public Map<String, String> hashes(List<String> ids) {
    Map<String, String> out = new HashMap<>();
    try {
      IndexSearcher s = new IndexSearcher(reader);
      StoredFields sf = reader.storedFields();
      for (String id : ids) {
        TopDocs td = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (td.scoreDocs.length > 0) out.put(id, sf.document(td.scoreDocs[0].doc).get(Fields.HASH));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Adds or replaces the article's document; visible to others after {@link #commit()}. */
  public void put(Article a, Extraction x) throws IOException {
    Document d = new Document();
    d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    d.add(new StoredField(Fields.HASH, a.contentHash()));
    if (a.title() != null) d.add(new TextField(Fields.TITLE, a.title(), Field.Store.YES));
    d.add(new TextField(Fields.TEXT, a.text(), Field.Store.YES));
    Language l = Language.fromCode(x.lang());
    if (l != null) {
      if (a.title() != null) d.add(new TextField(Fields.textIn(l), a.title(), Field.Store.NO));
      d.add(new TextField(Fields.textIn(l), a.text(), Field.Store.NO));
    }
    d.add(new StringField(Fields.LANG, x.lang(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.LANG, new BytesRef(x.lang())));
    if (a.source() != null) d.add(new StringField(Fields.SOURCE, a.source(), Field.Store.YES));
    if (a.url() != null) d.add(new StoredField(Fields.URL, a.url()));
    LocalDate p = a.published();
    if (p != null) {
      d.add(new LongPoint(Fields.PUBLISHED_DAY, p.toEpochDay()));
      d.add(new NumericDocValuesField(Fields.PUBLISHED_DAY, p.toEpochDay()));
      d.add(new StoredField(Fields.PUBLISHED, p.toString()));
      d.add(new SortedDocValuesField(Fields.MONTH, new BytesRef(p.toString().substring(0, 7))));
    }
    for (Entity e : x.entities()) {
      if (e.kind().equals(Entity.TREATY)) continue;
      d.add(new StringField(Fields.MENTIONS, e.id(), Field.Store.YES));
      d.add(new SortedSetDocValuesField(Fields.MENTIONS, new BytesRef(e.id())));
    }
    writer.updateDocument(new Term(Fields.ID, a.id()), d);
  }

  /** Makes what was put durable and visible. */
  public void commit() throws IOException {
    writer.commit();
    DirectoryReader r = DirectoryReader.openIfChanged(reader, writer);
    if (r != null) {
      reader.close();
      reader = r;
    }
  }

  public int count() {
    return reader.numDocs();
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
      writer.rollback(); // drops what was not committed: the graph may not hold it yet
    } finally {
      dir.close();
    }
  }
}
