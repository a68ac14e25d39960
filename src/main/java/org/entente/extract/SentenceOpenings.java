package org.entente.extract;

import java.util.List;

/**
 * What may open a sentence before its subject, with a comma: a day ("On Monday, ", "El lunes, "),
 * an attribution ("Selon des responsables, ", "По словам официальных лиц, ") or a phrase of time or
 * circumstance ("After talks with China, "). The rules read a
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
    return Asides.commaBefore(tokens, text, i) ? i : from;
  }

  /** Where an opening attribution and its comma end ("Selon des responsables, ", "По словам официальных лиц, "), or {@code from}. */
  static int attributionEnd(List<Token> tokens, int from, int to, List<Cues.Hit> cues, String text) {
    for (Cues.Hit h : cues) {
      if (h.from() != from || !h.category().equals("attribution")) continue;
      int comma = commaWithin(tokens, text, h.to(), from + 8, to);
      if (comma >= 0) return comma;
    }
    return from;
  }

  /**
   * The first token from {@code i} on, up to {@code last}, that a comma stands before; -1 when none
   * does or a period, semicolon or colon comes first.
   */
  private static int commaWithin(List<Token> tokens, String text, int i, int last, int to) {
    for (; i < to && i <= last; i++) {
      String gap = text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
      if (gap.indexOf(',') >= 0) return i;
      if (gap.indexOf('.') >= 0 || gap.indexOf(';') >= 0 || gap.indexOf(':') >= 0) return -1;
    }
    return -1;
  }

  /** "l'entrée des troupes russes en Ukraine", "le truppe russe erano entrate": soldiers entering or leaving, no state joining. */
  private static boolean troopsMove(List<Cues.Hit> cues, Cues.Hit h) {
    if (!h.category().equals("join") && !h.category().equals("leave")) return false;
    for (Cues.Hit t : cues) if (t.category().equals("troops") && Math.abs(t.from() - h.from()) <= 3) return true;
    return false;
  }

  private static boolean inDay(Token t, List<DateMention> days) {
    for (DateMention d : days) if (d.start() <= t.start() && t.end() <= d.end()) return true;
    return false;
  }

  /**
   * Where an opening phrase of time or circumstance and its comma end ("After talks with China, ",
   * "Tras conversaciones con China, "), when it says no relation of its own; or {@code from}.
   * ("After joining NATO in 2023, Finland ..." keeps its words: they say something.)
   */
  static int circumstanceEnd(List<Token> tokens, int from, int to, List<Cues.Hit> cues, String text, Language lang) {
    // German and Russian write no comma after such a phrase: a comma there closes the subject's aside, not the phrase
    if (lang == Language.DE || lang == Language.RU) return from;
    // "Four days after ...", "Quelques semaines avant ...": a length of time may come first
    int start = from;
    for (Cues.Hit h : cues) if (h.category().equals("timespan") && h.from() - from <= 2) start = Math.max(start, h.to());
    boolean opens = false;
    for (Cues.Hit h : cues) opens |= h.from() == start && (h.category().equals("afterwards") || h.category().equals("circumstance"));
    if (!opens) return from;
    int i = commaWithin(tokens, text, start + 1, start + 12, to);
    if (i < 0 || Asides.startsRelative(cues, i)) return from;            // "After Slovenia, which joined in 2004, ..."
    for (Cues.Hit h : cues) {
      // (troops are no relation of their own: "After Iraqi troops overran Kuwait, ..." opens on a circumstance)
      if (h.from() >= from && h.from() < i && Asides.RELATION_WORDS.contains(h.category()) && !h.category().equals("apply")
          && !h.category().equals("alliedforce") && !troopsMove(cues, h)) return from;
    }
    return i;
  }
}
