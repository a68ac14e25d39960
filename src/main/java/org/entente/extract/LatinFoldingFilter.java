package org.entente.extract;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds accents to ASCII as {@link ASCIIFoldingFilter} does, but hands over only the terms that
 * hold a letter it can fold: ASCII, Greek and Cyrillic terms, which it leaves as they are, skip
 * its per-character table, most of the work on Russian text.
 */
final class LatinFoldingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private char[] folded = new char[64];

  LatinFoldingFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    char[] buf = term.buffer();
    int n = term.length();
    if (!foldable(buf, n)) return true;
    if (folded.length < n * 4) folded = new char[n * 4];
    int m = ASCIIFoldingFilter.foldToASCII(buf, 0, folded, 0, n);
    term.copyBuffer(folded, 0, m);
    return true;
  }

  /** Whether a term has a character outside ASCII, Greek and Cyrillic, which the table never changes. */
  static boolean foldable(char[] buf, int n) {
    for (int i = 0; i < n; i++) {
      char c = buf[i];
      if (c >= 0x80 && (c < 0x370 || c >= 0x530)) return true;
    }
    return false;
  }
}
