package org.entente.extract;

/**
 * A word of an article: its position among the article's tokens, its character span, the text
 * as written, the normalized term it is matched by, and the written text folded as cues are
 * compared ({@link Cues#fold(String, Language)}); {@code word} is the analyzed word it shares with
 * every other token written the same, where dictionaries remember what they found for it (null
 * for the few tokens made otherwise).
 */
public record Token(int index, int start, int end, String surface, String term, String folded, WordTable.Word word) {

  /** Written in the English possessive: "bloc's", "Sudan’s". */
  public boolean isPossessive() {
    return surface.endsWith("'s") || surface.endsWith("’s");
  }

  public boolean capitalized() {
    return !surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0));
  }
}
