package org.entente.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.entente.extract.Language;
import org.entente.extract.MatchAnalyzer;

/**
 * The fields of an article in the Lucene index and how each is analysed: {@code text} and
 * {@code title} language-neutral (words, lower case, accents folded) for every query and for
 * snippets; {@code text_<lang>} through the extractor's own per-language chain, so "sanctionné"
 * finds "sanctions"; exact-valued fields for ids, language, source and mentioned entities.
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

  /** The analyzer of every field, by name. */
  public static Analyzer perField() {
    Map<String, Analyzer> m = new HashMap<>();
    for (Language l : Language.values()) m.put(textIn(l), MatchAnalyzer.of(l));
    return new PerFieldAnalyzerWrapper(neutral(), m);
  }
}
