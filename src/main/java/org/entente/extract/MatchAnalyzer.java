package org.entente.extract;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The Lucene analysis chain the extractor reads through: Unicode word tokens, elided articles
 * removed, lower-cased, light-stemmed for the language, accents folded. Dictionary entries go
 * through the same chain, so "Russie", "russes" and "России" meet their entries whatever their
 * inflection, and search sees the same words.
 */
public final class MatchAnalyzer {

  private static final CharArraySet ELISIONS = new CharArraySet(List.of(
      "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "quoiqu", "lorsqu", "puisqu",
      "dell", "all", "dall", "nell", "sull", "un", "quell", "quest", "nessun", "tutt"), true);

  private static final Map<Language, Analyzer> ANALYZERS = new EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) ANALYZERS.put(l, build(l));
  }

  private MatchAnalyzer() {}

  /** The analyzer for a language: shared, thread-safe. */
  public static Analyzer of(Language lang) {
    return ANALYZERS.get(lang);
  }

  /** The tokens of a text with their character offsets and matching terms. */
  public static List<Token> tokens(String text, Language lang) {
    List<Token> out = new ArrayList<>(Math.max(16, text.length() / 6));
    WordTable known = WordTable.of(lang, ANALYZERS.get(lang));
    char[] chars = text.toCharArray();
    int[] words = WordScanner.words(chars);
    if (words != null) {
      for (int i = 1; i < words[0]; i += 3) add(out, text, known.get(chars, words[i], words[i + 1] - words[i], words[i + 2]), words[i], words[i + 1], lang);
      return out;
    }
    try (TokenStream ts = SPLITTER.tokenStream("m", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) add(out, text, known.get(term.buffer(), 0, term.length()), off.startOffset(), off.endOffset(), lang);
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return out;
  }

  private static void add(List<Token> out, String text, WordTable.Word w, int start, int e, Language lang) {
    int s = start + w.cut;
    // "U.S.": the final period belongs to a dotted abbreviation, so it is no gap between words
    if (e < text.length() && text.charAt(e) == '.' && hasDot(text, s, e)) {
      String surface = text.substring(s, e + 1);
      out.add(new Token(out.size(), s, e + 1, surface, w.term, Cues.fold(surface, lang), null));
    } else {
      out.add(new Token(out.size(), s, e, w.surface, w.term, w.folded, w));
    }
  }

  private static boolean hasDot(String text, int from, int to) {
    for (int i = from; i < to; i++) if (text.charAt(i) == '.') return true;
    return false;
  }

  /** Cuts text into words as the analyzers do, without the filters, which {@link WordTable} applies once per word. */
  private static final Analyzer SPLITTER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      return new TokenStreamComponents(new StandardTokenizer());
    }
  };

  /** Where a word starts once an elided article ("l'", "dell'") is cut off its written form. */
  static int afterElision(String text, int s, int e) {
    for (int i = s + 1; i < Math.min(e - 1, s + 7); i++) {
      char c = text.charAt(i);
      if ((c == '\'' || c == '’') && ELISIONS.contains(text.substring(s, i))) return i + 1;
    }
    return s;
  }

  /** The matching terms of a dictionary form, joined by spaces. */
  public static String key(String form, Language lang) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens(form, lang)) {
      if (!sb.isEmpty()) sb.append(' ');
      sb.append(t.term());
    }
    return sb.toString();
  }

  private static Analyzer build(Language lang) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = source;
        if (lang == Language.FR || lang == Language.IT) ts = new ElisionFilter(ts, ELISIONS);
        ts = new LowerCaseFilter(ts);
        ts = switch (lang) {
          case EN -> new EnglishMinimalStemFilter(new EnglishPossessiveFilter(ts));
          case FR -> new FrenchLightStemFilter(ts);
          case DE -> new GermanLightStemFilter(new GermanNormalizationFilter(ts));
          case ES -> new SpanishLightStemFilter(ts);
          case IT -> new ItalianLightStemFilter(ts);
          case RU -> new RussianLightStemFilter(ts);
        };
        return new TokenStreamComponents(source, new LatinFoldingFilter(ts));
      }
    };
  }
}
