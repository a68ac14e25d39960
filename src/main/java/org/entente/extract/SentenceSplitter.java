package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an article into sentences: at line breaks, and after . ! ? … followed by a space and an
 * upper-case letter, digit or quote, unless the period ends a known abbreviation or an initial
 * ("U.S.", "M.", "EE. UU.", "г.").
 */
public final class SentenceSplitter {

  private final Set<String> abbreviations;

  public SentenceSplitter(Set<String> abbreviations) {
    this.abbreviations = abbreviations;
  }

  public static SentenceSplitter standard() {
    return new SentenceSplitter(Set.copyOf(Resources.lines("entente/dict/abbreviations.txt")));
  }

  public List<Sentence> split(String text) {
    return split(text, null);
  }

  /**
   * Like {@link #split(String)}, for a text in {@code lang}: only German writes ordinals with a
   * period ("4. April", "31. Mitglied"), so elsewhere "on May 19. Foreign ministers" is two sentences.
   */
  public List<Sentence> split(String text, Language lang) {
    boolean ordinals = lang == null || lang == Language.DE;
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean cut = false;
      int end = i + 1;
      if (c == '\n' || c == '\r') {
        cut = true;
        end = i;
      } else if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, i, ordinals)) {
        cut = true;
      }
      if (cut) {
        add(out, text, start, end);
        start = i + 1;
      }
    }
    add(out, text, start, n);
    return out;
  }

  private boolean endsSentence(String text, int i, boolean ordinals) {
    int j = i + 1;
    while (j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '»' || text.charAt(j) == ')' || text.charAt(j) == '”')) j++;
    if (j >= text.length()) return true;
    if (!Character.isWhitespace(text.charAt(j))) return false;
    while (j < text.length() && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') j++;
    if (j >= text.length()) return true;
    char next = text.charAt(j);
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"«“'(—–-".indexOf(next) >= 0)) return false;
    if (text.charAt(i) != '.') return true;
    int w = i;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
    String word = text.substring(w, i);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false; // an initial: "J. Biden", "U.S."
    int d = i;
    while (d > 0 && Character.isDigit(text.charAt(d - 1))) d--;
    if (ordinals && i - d >= 1 && i - d <= 2 && (d == 0 || Character.isWhitespace(text.charAt(d - 1)))) return false; // "4. April", "31. Mitglied", not "2011-10-09."
    if (ordinals && i - d == 3 && d > 0 && Character.isWhitespace(text.charAt(d - 1)) && ORDINAL_BEFORE.contains(wordBefore(text, d - 1))) return false; // "das 166. Mitglied"
    return !abbreviations.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Words after which a German number of three digits and a period is an ordinal: "das 166. Mitglied", "zum 100. Jahrestag". */
  private static final Set<String> ORDINAL_BEFORE = Set.of("der", "die", "das", "dem", "den", "des", "als", "zum", "zur", "am", "vom", "im", "beim", "seinem", "seinen", "ihrem", "ihren");

  private static String wordBefore(String text, int end) {
    int b = end;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    return text.substring(b, end).toLowerCase(Locale.ROOT);
  }

  private static void add(List<Sentence> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
  }
}
