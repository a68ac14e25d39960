package org.entente.extract;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of one language already analyzed, looked up by the tokenizer's characters without a
 * string made for each: news repeats its words, so most are analyzed once. One table per thread
 * and language, bounded; words past the bound are analyzed afresh each time.
 */
final class WordTable {

  /**
   * A word as the tokenizer cut it, analyzed: the chars of an elided article at its start
   * ("l'"), the written form without them, its matching term and its folded form.
   */
  static final class Word {
    final int cut;
    final String surface;
    final String term;
    final String folded;
    /** The elided article cut from its start ("dall" of "dall'Ue"), folded, or null. */
    final String elided;
    // what two dictionaries remember about this word, each tagged with its dictionary so that
    // two extractors with different dictionaries never read each other's
    private Object owner0;
    private Object value0;
    private Object owner1;
    private Object value1;

    Word(int cut, String surface, String term, String folded, String elided) {
      this.cut = cut;
      this.surface = surface;
      this.term = term;
      this.folded = folded;
      this.elided = elided;
    }

    /** What {@code owner} remembered about this word, or null. */
    Object memo(Object owner) {
      return owner == owner0 ? value0 : owner == owner1 ? value1 : null;
    }

    /** Remembers a value for {@code owner}, forgetting the one remembered longest if both places are taken. */
    void remember(Object owner, Object value) {
      if (owner0 == null || owner0 == owner) {
        owner0 = owner;
        value0 = value;
      } else if (owner1 == null || owner1 == owner) {
        owner1 = owner;
        value1 = value;
      } else {
        owner0 = owner1;
        value0 = value1;
        owner1 = owner;
        value1 = value;
      }
    }
  }

  private static final int MAX = 1 << 17;
  private static final ThreadLocal<Map<Language, WordTable>> TABLES = ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));

  private final Language lang;
  private final Analyzer analyzer;
  private char[][] keys = new char[1 << 12][];
  private int[] hashes = new int[1 << 12];
  private Word[] words = new Word[1 << 12];
  private int size;

  private WordTable(Language lang, Analyzer analyzer) {
    this.lang = lang;
    this.analyzer = analyzer;
  }

  static WordTable of(Language lang, Analyzer analyzer) {
    return TABLES.get().computeIfAbsent(lang, l -> new WordTable(l, analyzer));
  }

  /** The word the tokenizer cut as {@code buf[off, off + len)}. */
  Word get(char[] buf, int off, int len) {
    return get(buf, off, len, hash(buf, off, len));
  }

  /** The word cut as {@code buf[off, off + len)}, whose {@link #hash} is {@code h}. */
  Word get(char[] buf, int off, int len, int h) {
    int mask = keys.length - 1;
    for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && java.util.Arrays.equals(keys[i], 0, keys[i].length, buf, off, off + len)) return words[i];
    }
    Word w = analyze(new String(buf, off, len));
    if (size < MAX) put(java.util.Arrays.copyOfRange(buf, off, off + len), h, w);
    return w;
  }

  private void put(char[] key, int h, Word w) {
    if (2 * (size + 1) > keys.length) grow();
    int mask = keys.length - 1;
    int i = h & mask;
    while (keys[i] != null) i = (i + 1) & mask;
    keys[i] = key;
    hashes[i] = h;
    words[i] = w;
    size++;
  }

  private void grow() {
    char[][] oldKeys = keys;
    int[] oldHashes = hashes;
    Word[] oldWords = words;
    keys = new char[oldKeys.length * 2][];
    hashes = new int[oldKeys.length * 2];
    words = new Word[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != null) put(oldKeys[i], oldHashes[i], oldWords[i]);
  }

  static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) h = 31 * h + buf[i];
    return spread(h);
  }

  /** Spreads a polynomial hash, whose values for short words cluster in the low bits. */
  static int spread(int h) {
    return (h * 0x9E3779B9) >>> 7;
  }

  /** Runs the language's whole chain over one word: its filters read one word at a time, so the term is the one it gets in running text. */
  private Word analyze(String raw) {
    // only French and Italian elide an article into the word: English "Un's" of "Kim Jong Un's" keeps its "Un"
    int cut = lang == Language.FR || lang == Language.IT ? MatchAnalyzer.afterElision(raw, 0, raw.length()) : 0;
    String term = raw;
    try (TokenStream ts = analyzer.tokenStream("m", new StringReader(raw))) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      if (ts.incrementToken()) term = t.toString();
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    String surface = raw.substring(cut);
    return new Word(cut, surface, term, Cues.fold(surface, lang), cut > 1 ? Cues.fold(raw.substring(0, cut - 1)) : null);
  }
}
