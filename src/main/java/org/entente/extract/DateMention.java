package org.entente.extract;

import java.time.LocalDate;

/**
 * A date written in an article, resolved to a calendar date. {@code precision} says how much of
 * it the text gave: "day", "month" or "year"; {@link #iso()} prints only that much.
 */
public record DateMention(int start, int end, LocalDate date, String precision) {

  public String iso() {
    return switch (precision) {
      case "year" -> String.valueOf(date.getYear());
      case "month" -> date.toString().substring(0, 7);
      default -> date.toString();
    };
  }
}
