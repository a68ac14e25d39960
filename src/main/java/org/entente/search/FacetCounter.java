package org.entente.search;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts every match of a query by mentioned entity, language and month from doc values: ordinal
 * counts per segment, turned into names once per segment, so a facet over a million matches
 * costs a pass over integers. Segments written before the doc values existed are counted from
 * stored fields.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, Map<String, Map<String, Integer>>> {

  @Override
  public Counting newCollector() {
    return new Counting();
  }

  @Override
  public Map<String, Map<String, Integer>> reduce(Collection<Counting> collectors) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    out.put("entity", new TreeMap<>());
    out.put("lang", new TreeMap<>());
    out.put("month", new TreeMap<>());
    for (Counting c : collectors) {
      c.entities.forEach((k, v) -> out.get("entity").merge(k, v, Integer::sum));
      c.langs.forEach((k, v) -> out.get("lang").merge(k, v, Integer::sum));
      c.months.forEach((k, v) -> out.get("month").merge(k, v, Integer::sum));
    }
    return out;
  }

  /** One searcher slice's counts. */
  static final class Counting implements Collector {
    final Map<String, Integer> entities = new TreeMap<>();
    final Map<String, Integer> langs = new TreeMap<>();
    final Map<String, Integer> months = new TreeMap<>();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      LeafReader r = context.reader();
      FieldInfo fi = r.getFieldInfos().fieldInfo(Fields.MENTIONS);
      if (fi != null && fi.getDocValuesType() == DocValuesType.NONE) return new FromStoredFields(r.storedFields());
      return new FromDocValues(DocValues.getSortedSet(r, Fields.MENTIONS), DocValues.getSorted(r, Fields.LANG),
          DocValues.getSorted(r, Fields.MONTH));
    }

    private final class FromDocValues implements LeafCollector {
      final SortedSetDocValues ents;
      final SortedDocValues lang;
      final SortedDocValues month;
      final int[] entCounts;
      final int[] langCounts;
      final int[] monthCounts;

      FromDocValues(SortedSetDocValues ents, SortedDocValues lang, SortedDocValues month) {
        this.ents = ents;
        this.lang = lang;
        this.month = month;
        entCounts = new int[(int) ents.getValueCount()];
        langCounts = new int[lang.getValueCount()];
        monthCounts = new int[month.getValueCount()];
      }

      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        if (ents.advanceExact(doc)) {
          for (int i = 0, n = ents.docValueCount(); i < n; i++) entCounts[(int) ents.nextOrd()]++;
        }
        if (lang.advanceExact(doc)) langCounts[lang.ordValue()]++;
        if (month.advanceExact(doc)) monthCounts[month.ordValue()]++;
      }

      @Override
      public void finish() throws IOException {
        for (int o = 0; o < entCounts.length; o++) if (entCounts[o] > 0) entities.merge(ents.lookupOrd(o).utf8ToString(), entCounts[o], Integer::sum);
        for (int o = 0; o < langCounts.length; o++) if (langCounts[o] > 0) langs.merge(lang.lookupOrd(o).utf8ToString(), langCounts[o], Integer::sum);
        for (int o = 0; o < monthCounts.length; o++) if (monthCounts[o] > 0) months.merge(month.lookupOrd(o).utf8ToString(), monthCounts[o], Integer::sum);
      }
    }

    private final class FromStoredFields implements LeafCollector {
      final StoredFields stored;

      FromStoredFields(StoredFields stored) {
        this.stored = stored;
      }

      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        Document d = stored.document(doc, java.util.Set.of(Fields.MENTIONS, Fields.LANG, Fields.PUBLISHED));
        for (IndexableField f : d.getFields(Fields.MENTIONS)) entities.merge(f.stringValue(), 1, Integer::sum);
        if (d.get(Fields.LANG) != null) langs.merge(d.get(Fields.LANG), 1, Integer::sum);
        if (d.get(Fields.PUBLISHED) != null) months.merge(d.get(Fields.PUBLISHED).substring(0, 7), 1, Integer::sum);
      }
    }
  }
}
