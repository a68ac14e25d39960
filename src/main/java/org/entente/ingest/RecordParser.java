package org.entente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Turns one JSON record into an {@link Article}, or says what is wrong with it: no text, empty
 * text, a text over the size limit, a date that is not ISO-8601.
 */
public final class RecordParser {

  /** Texts longer than this many characters are refused: no news article is that long. */
  public static final int MAX_TEXT_CHARS = 5_000_000;

  private RecordParser() {}

  /** Thrown for a record that cannot become an article; the message is the reason. */
  public static final class BadRecord extends Exception {
    public BadRecord(String reason) {
      super(reason, null, false, false);
    }
  }

  public static Article parse(JsonNode n, String origin) throws BadRecord {
    if (n == null || !n.isObject()) throw new BadRecord("not a JSON object");
    JsonNode t = n.get("text");
    if (t == null || t.isNull()) throw new BadRecord("no \"text\" field");
    if (!t.isTextual()) throw new BadRecord("\"text\" is not a string");
    String title = str(n, "title");
    return of(str(n, "id"), title, t.asText(), str(n, "published"), str(n, "url"), str(n, "source"), str(n, "lang"), origin);
  }

  /** Checks and builds an article from its fields; {@code id} may be null (then derived). */
  public static Article of(String id, String title, String text, String published, String url, String source,
                           String lang, String origin) throws BadRecord {
    if (text == null || text.isBlank()) throw new BadRecord("empty text");
    if (text.length() > MAX_TEXT_CHARS) {
      throw new BadRecord(String.format(java.util.Locale.ROOT, "text too large (%.1f MB; the limit is %d MB)",
          text.length() / 1e6, MAX_TEXT_CHARS / 1_000_000));
    }
    if (text.indexOf('\u0000') >= 0) throw new BadRecord("binary data (NUL characters) in text");
    LocalDate date = date(published);
    String i = id == null || id.isBlank() ? Article.derivedId(title, text) : id.strip();
    if (i.length() > 512) throw new BadRecord("id longer than 512 characters");
    return new Article(i, title == null ? null : title.strip(), text, date, url, source,
        lang == null || lang.isBlank() ? null : lang.strip(), origin);
  }

  private static String str(JsonNode n, String field) throws BadRecord {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) return null;
    if (v.isTextual() || v.isNumber()) return v.asText();
    throw new BadRecord("\"" + field + "\" is not a string");
  }

  static LocalDate date(String s) throws BadRecord {
    if (s == null || s.isBlank()) return null;
    String v = s.strip();
    try {
      if (v.length() == 10) return LocalDate.parse(v);
      try {
        return OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(v).toLocalDate();
      }
    } catch (DateTimeParseException e) {
      throw new BadRecord("\"published\" is not an ISO-8601 date: \"" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "\"");
    }
  }
}
