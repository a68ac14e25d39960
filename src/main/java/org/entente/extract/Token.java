package org.entente.extract;

/**
 * A word of an article: its position among the article's tokens, its character span, the text
 * as written and the normalized term it is matched by.
 */
public record Token(int index, int start, int end, String surface, String term) {

  public boolean capitalized() {
    return !surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0));
  }
}
