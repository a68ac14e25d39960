package org.entente.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.entente.extract.Language;

/**
 * The fields of an article in the Lucene index and how each is analysed: {@code text} and
 * {@code title} language-neutral (words, lower case, accents folded) for every query and for
 * snippets; {@code text_<lang>} through Lucene's analyzer for the article's language (French
 * elisions, stop words, stemming), so "sanctionné" finds "sanctions"; exact-valued fields for
 * ids, language, source and mentioned entities, with doc values for facets.
 */
public final class Fields {

  public static final String ID = "id";
  public static final String HASH = "hash";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String LANG = "lang";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String PUBLISHED = "published";
  public static final String PUBLISHED_DAY = "published_day";
  public static final String MENTIONS = "mentions";
  /** Doc values only: the published month (YYYY-MM), for the month facet. */
  public static final String MONTH = "month";

  private Fields() {}

  public static String textIn(Language l) {
    return "text_" + l.code();
  }

  /** Folded words: what the neutral fields are indexed and queried with. */
  public static Analyzer neutral() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer src = new StandardTokenizer();
        TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(src));
        return new TokenStreamComponents(src, ts);
      }
    };
  }

  /** Lucene's analyzer for a language: its stop words, elisions and stemmer. */
  public static Analyzer of(Language l) {
    return switch (l) {
      case EN -> new EnglishAnalyzer();
      case FR -> new FrenchAnalyzer();
      case DE -> new GermanAnalyzer();
      case ES -> new SpanishAnalyzer();
      case IT -> new ItalianAnalyzer();
      case RU -> new RussianAnalyzer();
    };
  }

  /** The analyzer of every field, by name. */
  public static Analyzer perField() {
    Map<String, Analyzer> m = new HashMap<>();
    for (Language l : Language.values()) m.put(textIn(l), of(l));
    return new PerFieldAnalyzerWrapper(neutral(), m);
  }
}
