package org.entente.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in a sentence in the forms each language writes them ("12 novembre 2024",
 * "am 4. April 2023", "19 июня 2024 года", "June 19, 2024", "2024-06-19", "in 2022") and resolves
 * partial ones ("le 11 novembre") against the article's reference date: the latest such date
 * that is not after it.
 */
public final class DateFinder {

  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:19|20)\\d\\d)(?![\\d.,]\\d)");

  private final Map<Language, Map<String, Integer>> months = new EnumMap<>(Language.class);
  private final Map<Language, Pattern[]> patterns = new EnumMap<>(Language.class);

  public DateFinder() {
    for (String line : Resources.lines("entente/dict/months.tsv")) {
      String[] c = line.split("\t");
      Language l = Language.fromCode(c[0]);
      if (l == null || c.length < 3) continue;
      for (String f : c[2].split("\\|")) months.computeIfAbsent(l, k -> new HashMap<>()).put(f.strip(), Integer.parseInt(c[1].strip()));
    }
    for (Language l : Language.values()) {
      String alt = String.join("|", months.getOrDefault(l, Map.of()).keySet().stream()
          .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
      String m = "(" + alt + ")\\.?";
      patterns.put(l, new Pattern[] {
          // 12 novembre 2024, 4. April 2023, 19 de junio de 2024, 1er mars, 19 июня 2024 года
          Pattern.compile("(?<!\\d)(\\d{1,2})(?:er|º|°|\\.)?\\s+(?:de\\s+)?" + m + "(?:\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d\\d))?(?![\\p{L}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          // June 19, 2024 / June 19
          Pattern.compile("(?<![\\p{L}])" + m + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d\\d))?(?!\\d)",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          // June 2024, juin 2024, июне 2024
          Pattern.compile("(?<![\\p{L}\\d])" + m + "\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d\\d)(?!\\d)",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)});
    }
  }

  /** The dates of a text, in order, with spans relative to the text. */
  public List<DateMention> find(String text, Language lang, LocalDate reference) {
    List<DateMention> out = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      LocalDate d = safe(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      if (d != null) take(out, taken, iso.start(), iso.end(), d, "day");
    }
    Map<String, Integer> ms = months.getOrDefault(lang, Map.of());
    Pattern[] p = patterns.get(lang);
    if (!ms.isEmpty()) {
      Matcher a = p[0].matcher(text);
      while (a.find()) addDay(out, taken, a, ms, a.group(1), a.group(2), a.group(3), reference);
      Matcher b = p[1].matcher(text);
      while (b.find()) addDay(out, taken, b, ms, b.group(2), b.group(1), b.group(3), reference);
      Matcher c = p[2].matcher(text);
      while (c.find()) {
        if (free(taken, c.start(), c.end())) {
          Integer mo = ms.get(c.group(1).toLowerCase(Locale.ROOT));
          if (mo != null) take(out, taken, c.start(), c.end(), LocalDate.of(Integer.parseInt(c.group(2)), mo, 1), "month");
        }
      }
    }
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      if (free(taken, y.start(), y.end())) take(out, taken, y.start(), y.end(), LocalDate.of(Integer.parseInt(y.group(1)), 1, 1), "year");
    }
    out.sort((x, z) -> Integer.compare(x.start(), z.start()));
    return out;
  }

  private void addDay(List<DateMention> out, boolean[] taken, Matcher mt, Map<String, Integer> ms, String day,
                      String month, String year, LocalDate reference) {
    if (!free(taken, mt.start(), mt.end())) return;
    Integer mo = ms.get(month.toLowerCase(Locale.ROOT));
    if (mo == null) return;
    int d = Integer.parseInt(day);
    LocalDate date;
    if (year != null) {
      date = safe(Integer.parseInt(year), mo, d);
    } else {
      if (reference == null) return;
      date = safe(reference.getYear(), mo, d);
      if (date != null && date.isAfter(reference)) date = safe(reference.getYear() - 1, mo, d);
    }
    if (date != null) take(out, taken, mt.start(), mt.end(), date, "day");
  }

  private static LocalDate safe(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean free(boolean[] taken, int s, int e) {
    for (int i = s; i < e; i++) if (taken[i]) return false;
    return true;
  }

  private static void take(List<DateMention> out, boolean[] taken, int s, int e, LocalDate d, String precision) {
    for (int i = s; i < e; i++) taken[i] = true;
    out.add(new DateMention(s, e, d, precision));
  }
}
