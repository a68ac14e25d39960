package org.entente.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.entente.extract.Gazetteer;
import org.entente.extract.Language;

/**
 * Searches the article index: the user's query over the neutral and per-language text fields,
 * widened by the entities its words name in any language ("КНДР" also finds articles that
 * mention PRK, ranked below exact matches), filtered by mentions, language, source and dates.
 */
public final class Searcher implements AutoCloseable {

  /** What to search for; nulls and empty lists mean no filter. */
  public record Request(String query, int limit, List<String> mentions, String lang, String source,
                        LocalDate from, LocalDate to, boolean byDate) {}

  /** A query the parser refuses, with its message in one line. */
  public static final class BadQuery extends Exception {
    public BadQuery(String message) {
      super(message, null, false, false);
    }
  }

  private final FSDirectory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  public Searcher(Path index) throws IOException {
    dir = FSDirectory.open(index);
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  public int total(Request r) throws IOException, BadQuery {
    return searcher.count(query(r));
  }

  public List<Hit> search(Request r) throws IOException, BadQuery {
    Query q = query(r);
    TopDocs td = r.byDate()
        ? searcher.search(q, r.limit(), new Sort(new SortField(Fields.PUBLISHED_DAY, SortField.Type.LONG, true)))
        : searcher.search(q, r.limit());
    String[] snippets = new String[td.scoreDocs.length];
    if (r.query() != null && !r.query().isBlank() && td.scoreDocs.length > 0) {
      UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, Fields.neutral()).withMaxLength(200_000).build();
      snippets = hl.highlight(Fields.TEXT, q, td, 2);
    }
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < td.scoreDocs.length; i++) {
      ScoreDoc sd = td.scoreDocs[i];
      Document d = reader.storedFields().document(sd.doc);
      String snip = snippets[i];
      if (snip == null) {
        String t = d.get(Fields.TEXT);
        snip = t.length() > 240 ? t.substring(0, 240) + "…" : t;
      }
      List<String> ms = new ArrayList<>();
      for (IndexableField f : d.getFields(Fields.MENTIONS)) ms.add(f.stringValue());
      hits.add(new Hit(d.get(Fields.ID), d.get(Fields.TITLE), d.get(Fields.PUBLISHED), d.get(Fields.LANG),
          d.get(Fields.SOURCE), Float.isNaN(sd.score) ? 0f : sd.score, snip.replace('\n', ' '), ms));
    }
    return hits;
  }

  /** Counts of all the matching articles by mentioned state or organization, language and month. */
  public Map<String, Map<String, Integer>> facets(Request r) throws IOException, BadQuery {
    return searcher.search(query(r), new FacetCounter());
  }

  Query query(Request r) throws BadQuery {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (r.query() != null && !r.query().isBlank()) {
      BooleanQuery.Builder text = new BooleanQuery.Builder();
      text.add(parse(r.query()), BooleanClause.Occur.SHOULD);
      for (String id : entitiesNamed(r.query())) {
        text.add(new BoostQuery(new TermQuery(new Term(Fields.MENTIONS, id)), 0.3f), BooleanClause.Occur.SHOULD);
      }
      b.add(text.build(), BooleanClause.Occur.MUST);
    } else {
      b.add(new org.apache.lucene.search.MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    if (r.mentions() != null) {
      for (String m : r.mentions()) b.add(new TermQuery(new Term(Fields.MENTIONS, m)), BooleanClause.Occur.FILTER);
    }
    if (r.lang() != null) b.add(new TermQuery(new Term(Fields.LANG, r.lang())), BooleanClause.Occur.FILTER);
    if (r.source() != null) b.add(new TermQuery(new Term(Fields.SOURCE, r.source())), BooleanClause.Occur.FILTER);
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Fields.PUBLISHED_DAY, lo, hi), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static Query parse(String q) throws BadQuery {
    List<String> fields = new ArrayList<>(List.of(Fields.TITLE, Fields.TEXT));
    Map<String, Float> boosts = new LinkedHashMap<>();
    boosts.put(Fields.TITLE, 2f);
    boosts.put(Fields.TEXT, 1f);
    for (Language l : Language.values()) {
      fields.add(Fields.textIn(l));
      boosts.put(Fields.textIn(l), 0.8f);
    }
    MultiFieldQueryParser p = new MultiFieldQueryParser(fields.toArray(new String[0]), Fields.perField(), boosts) {
      // A prefix or wildcard means the written word, not its stem: only the neutral fields are
      // searched for it, which also keeps "sanc*" from expanding over eight fields.
      @Override
      protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return field != null ? super.getPrefixQuery(field, termStr) : neutralOnly(f -> super.getPrefixQuery(f, termStr));
      }

      @Override
      protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return field != null ? super.getWildcardQuery(field, termStr) : neutralOnly(f -> super.getWildcardQuery(f, termStr));
      }
    };
    p.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return p.parse(q);
    } catch (ParseException | RuntimeException e) {
      String m = e.getMessage() == null ? e.toString() : e.getMessage();
      int nl = m.indexOf('\n');
      throw new BadQuery("cannot parse query " + quote(q) + ": " + (nl > 0 ? m.substring(0, nl) : m)
          + " (use quotes in pairs, AND/OR/NOT, word*, field:value)");
    }
  }

  private interface FieldQuery {
    Query of(String field) throws ParseException;
  }

  private static Query neutralOnly(FieldQuery q) throws ParseException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new BoostQuery(q.of(Fields.TITLE), 2f), BooleanClause.Occur.SHOULD);
    b.add(q.of(Fields.TEXT), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  private static String quote(String q) {
    return "'" + q + "'";
  }

  private static List<String> entitiesNamed(String q) {
    String plain = q.replaceAll("[\"()*:+\\-]|\\b(AND|OR|NOT)\\b", " ").strip();
    if (plain.isEmpty()) return List.of();
    return new ArrayList<>(Gazetteer.get().idsNamedBy(plain));
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}
