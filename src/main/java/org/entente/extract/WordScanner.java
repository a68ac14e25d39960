package org.entente.extract;

import java.util.Arrays;

/**
 * Cuts text in the Latin and Cyrillic scripts into the words Lucene's {@code StandardTokenizer}
 * cuts (the word-break rules of Unicode UAX #29), in a fraction of its time: news in the six
 * languages is almost all letters, digits, spaces and common punctuation. A text holding any
 * other character (combining marks, other scripts, emoji, soft hyphens, connectors) is left to
 * the tokenizer itself; {@code WordScannerTest} checks both agree.
 */
final class WordScanner {

  private static final byte OTHER = 0;      // breaks words, is no word
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte MID_LETTER = 3; // joins two letters: "a:b", "l·l"
  private static final byte MID_NUM_LET = 4; // joins two letters or two digits: "U.S", "l'Otan", "3.5"
  private static final byte MID_NUM = 5;    // joins two digits: "1,000"
  private static final byte UNSURE = 6;     // a character whose rules the scanner does not model

  private static final int MAX_WORD = 255;  // StandardTokenizer's default: it splits longer words
  private static final byte[] CLASSES = classes();

  private WordScanner() {}

  /**
   * The words of {@code text}: {@code [0]} is the length used, then each word's start offset,
   * end offset and {@link WordTable#hash}; or null when the text holds a character the scanner
   * leaves to the tokenizer.
   */
  static int[] words(char[] text) {
    int n = text.length;
    int[] out = new int[Math.max(16, n / 2)];
    int size = 1;
    int i = 0;
    while (i < n) {
      byte c = kind(text[i]);
      if (c == UNSURE) return null;
      if (c != LETTER && c != DIGIT) {
        i++;
        continue;
      }
      int start = i;
      byte prev = c;
      int h = text[i];
      i++;
      while (i < n) {
        byte d = kind(text[i]);
        if (d == LETTER || d == DIGIT) {
          prev = d;
          h = 31 * h + text[i];
          i++;
        } else if (d == UNSURE) {
          return null;
        } else if (d != OTHER && i + 1 < n && joins(prev, d, kind(text[i + 1]))) {
          h = 31 * (31 * h + text[i]) + text[i + 1];
          i += 2;
        } else {
          break;
        }
      }
      if (i - start > MAX_WORD) return null;
      if (size + 3 > out.length) out = Arrays.copyOf(out, out.length * 2);
      out[size++] = start;
      out[size++] = i;
      out[size++] = WordTable.spread(h);
    }
    out[0] = size;
    return out;
  }

  /** Whether {@code mid} between a {@code before} and an {@code after} keeps them one word (UAX #29 WB6, WB7, WB11, WB12). */
  private static boolean joins(byte before, byte mid, byte after) {
    if (before != after) return false;
    return before == LETTER ? mid == MID_LETTER || mid == MID_NUM_LET : mid == MID_NUM || mid == MID_NUM_LET;
  }

  private static byte kind(char c) {
    return c < CLASSES.length ? CLASSES[c] : UNSURE;
  }

  private static byte[] classes() {
    byte[] k = new byte[0x2128];
    Arrays.fill(k, UNSURE);
    for (char c : "\t\n\r !\"#$%&()*+-/<=>?@[\\]^`{|}~".toCharArray()) k[c] = OTHER;
    for (char c = '0'; c <= '9'; c++) k[c] = DIGIT;
    for (char c = 'A'; c <= 'Z'; c++) k[c] = LETTER;
    for (char c = 'a'; c <= 'z'; c++) k[c] = LETTER;
    k[':'] = MID_LETTER;
    k['.'] = MID_NUM_LET;
    k['\''] = MID_NUM_LET;
    k[','] = MID_NUM;
    k[';'] = MID_NUM;
    // Latin-1: no-break space, signs, quotes and marks break; ª º µ are letters; ² ³ ¹ ¼ and the soft hyphen are left out
    for (char c : "\u00a0¡¢£¤¥¦§¨©«¬®¯°±´¶¸»¿×÷".toCharArray()) k[c] = OTHER;
    k['ª'] = LETTER;
    k['º'] = LETTER;
    k['µ'] = LETTER;
    k['·'] = MID_LETTER;
    for (char c = '\u00c0'; c <= '\u024f'; c++) if (c != '×' && c != '÷') k[c] = LETTER;
    for (char c = '\u0400'; c <= '\u0481'; c++) k[c] = LETTER;     // Cyrillic, without its sign and combining marks
    for (char c = '\u048a'; c <= '\u04ff'; c++) k[c] = LETTER;
    for (char c = '\u2010'; c <= '\u2026'; c++) k[c] = OTHER;      // dashes, quotes, daggers, bullets, ellipsis
    k['\u2018'] = MID_NUM_LET;
    k['\u2019'] = MID_NUM_LET;
    k['\u2024'] = MID_NUM_LET;
    k['\u2027'] = MID_LETTER;
    k['\u20ac'] = OTHER;   // €
    k['\u2116'] = OTHER;   // №
    return k;
  }
}
