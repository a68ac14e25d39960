package org.entente.extract;

import java.util.List;

/**
 * What may open a sentence before its subject, with a comma: a day ("On Monday, ", "El lunes, ")
 * or an attribution ("Selon des responsables, ", "По словам официальных лиц, "). The rules read a
 * sentence from its subject on, so "On Monday, Slovakia, an EU and NATO member, ..." is no
 * apposition; the day still dates what the sentence reports.
 */
final class SentenceOpenings {

  private SentenceOpenings() {}

  /**
   * Where a day fronted with its comma ends ("On Monday, ", "El lunes, ", "In 2004, "): the token
   * after the comma, or {@code from} when the sentence does not open so.
   */
  static int frontedDayEnd(List<Token> tokens, int from, int to, List<DateMention> days, String text) {
    int i = from;
    if (i + 1 < to && tokens.get(i).surface().length() <= 3 && !inDay(tokens.get(i), days)) i++;   // "On", "El", "In", "Am"
    int first = i;
    while (i < to && inDay(tokens.get(i), days)) i++;
    if (i == first || i >= to || i - from > 8) return from;
    return text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).strip().equals(",") ? i : from;
  }

  /** Where an opening attribution and its comma end ("Selon des responsables, ", "По словам официальных лиц, "), or {@code from}. */
  static int attributionEnd(List<Token> tokens, int from, int to, List<Cues.Hit> cues, String text) {
    for (Cues.Hit h : cues) {
      if (h.from() != from || !h.category().equals("attribution")) continue;
      for (int i = h.to(); i < to && i - from <= 8; i++) {
        String gap = text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
        if (gap.indexOf(',') >= 0) return i;
        if (gap.indexOf('.') >= 0 || gap.indexOf(';') >= 0 || gap.indexOf(':') >= 0) break;
      }
    }
    return from;
  }

  private static boolean inDay(Token t, List<DateMention> days) {
    for (DateMention d : days) if (d.start() <= t.start() && t.end() <= d.end()) return true;
    return false;
  }
}
