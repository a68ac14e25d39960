package org.entente.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates wire copy gives as a day of the week ("signed on Tuesday", "a levé lundi", "во вторник"):
 * the latest such day not after the article's date, since news reports the week just past;
 * "today", "oggi", "сегодня" is the article's date, "yesterday", "ayer", "вчера" the day before. A day next to a written date ("Tuesday,
 * June 19", "mardi 19 juin") adds nothing.
 */
final class Weekdays {

  /** The cue categories of the seven days, Monday first. */
  static final String[] CATEGORIES = {"weekday1", "weekday2", "weekday3", "weekday4", "weekday5", "weekday6", "weekday7"};

  private Weekdays() {}

  /** The dates the weekday cues of a sentence give, in the text's offsets; none without a reference date. */
  static List<DateMention> find(List<Cues.Hit> hits, List<Token> tokens, List<DateMention> written, LocalDate reference) {
    List<DateMention> out = new ArrayList<>();
    if (reference == null) return out;
    for (Cues.Hit h : hits) {
      boolean today = h.category().equals("today");           // "firmato oggi", "signed today": the article's own day
      boolean yesterday = h.category().equals("yesterday");
      if (!today && !yesterday && (!h.category().startsWith("weekday") || h.category().length() != 8)) continue;
      int day = today ? reference.getDayOfWeek().getValue()
          : yesterday ? reference.minusDays(1).getDayOfWeek().getValue() : h.category().charAt(7) - '0';
      int start = tokens.get(h.from()).start();
      int end = tokens.get(h.to() - 1).end();
      boolean beside = false;
      for (DateMention d : written) beside |= d.start() >= end && d.start() - end <= 3 || d.end() <= start && start - d.end() <= 3;
      if (beside) continue;
      int back = (reference.getDayOfWeek().getValue() - day + 7) % 7;
      out.add(new DateMention(start, end, reference.minusDays(back), "day"));
    }
    return out;
  }
}
