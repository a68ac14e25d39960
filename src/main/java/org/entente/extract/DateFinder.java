package org.entente.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds dates in a sentence in the forms each language writes them ("12 novembre 2024",
 * "am 4. April 2023", "19 июня 2024 года", "June 19, 2024", "el 19 de junio de 2024",
 * "2024-06-19", "in 2022") and resolves partial ones ("le 11 novembre") against the article's
 * reference date: the latest such date that is not after it. A single pass over the words:
 * a month name is looked up, then the numbers around it are read.
 */
public final class DateFinder {

  private final Map<Language, Map<String, Integer>> months = new EnumMap<>(Language.class);
  /** Per language: the first letters, in lower case, of its month names. */
  private final Map<Language, String> firsts = new EnumMap<>(Language.class);

  public DateFinder() {
    for (String line : Resources.lines("entente/dict/months.tsv")) {
      String[] c = line.split("\t");
      Language l = Language.fromCode(c[0]);
      if (l == null || c.length < 3) continue;
      for (String f : c[2].split("\\|")) {
        String m = f.strip().toLowerCase(Locale.ROOT);
        if (m.isEmpty()) continue;
        months.computeIfAbsent(l, k -> new HashMap<>()).put(m, Integer.parseInt(c[1].strip()));
        String fs = firsts.getOrDefault(l, "");
        if (fs.indexOf(m.charAt(0)) < 0) firsts.put(l, fs + m.charAt(0));
      }
    }
  }

  /** A word or number of the sentence: its span and whether a period follows it directly. */
  private record Word(int start, int end, String text, boolean number, boolean dot) {}

  /** Any word no date can hold: only its place between others counts. */
  private static final Word OTHER = new Word(-1, -1, null, false, false);

  /** The dates of a text, in order, with spans relative to the text. */
  public List<DateMention> find(String text, Language lang, LocalDate reference) {
    boolean digit = false;
    for (int i = 0; i < text.length() && !digit; i++) digit = Character.isDigit(text.charAt(i));
    if (!digit) return new ArrayList<>(); // every date Entente reads has a day or a year in figures
    Map<String, Integer> ms = months.getOrDefault(lang, Map.of());
    List<Word> words = words(text, firsts.getOrDefault(lang, ""));
    List<DateMention> out = new ArrayList<>();
    boolean[] used = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.number()) {
        LocalDate iso = iso(text, w);
        if (iso != null) {
          used[i] = true;
          out.add(new DateMention(w.start(), w.start() + 10, iso, "day"));
        }
        continue;
      }
      if (w.text() == null) continue;                                           // no month starts so
      Integer mo = ms.get(w.text().toLowerCase(Locale.ROOT));
      if (mo == null) continue;
      int start = w.start();
      int end = w.end() + (w.dot() ? 1 : 0);
      Integer day = null;
      int j = i - 1;
      if (j >= 0 && isWord(words.get(j), "de")) j--;                             // 19 de junio
      if (j >= 0 && !used[j] && isDay(words.get(j))) {                            // 12 novembre, 4. April
        day = Integer.parseInt(words.get(j).text());
        used[j] = true;
        start = words.get(j).start();
      }
      int k = i + 1;
      if (day == null && k < words.size() && isDay(words.get(k)) && !isYear(words.get(k))) { // June 19
        day = Integer.parseInt(words.get(k).text());
        used[k] = true;
        end = words.get(k).end();
        k++;
      }
      if (k < words.size() && (isWord(words.get(k), "de") || isWord(words.get(k), "del"))) k++;
      Integer year = null;
      if (k < words.size() && isYear(words.get(k))) {
        year = Integer.parseInt(words.get(k).text());
        used[k] = true;
        end = words.get(k).end();
      }
      used[i] = true;
      LocalDate d = resolve(year, mo, day, reference);
      if (d != null) out.add(new DateMention(start, end, d, day == null ? "month" : "day"));
    }
    for (int i = 0; i < words.size(); i++) {
      if (!used[i] && isYear(words.get(i)) && !partOfNumber(text, words.get(i))) {
        out.add(new DateMention(words.get(i).start(), words.get(i).end(), LocalDate.of(Integer.parseInt(words.get(i).text()), 1, 1), "year"));
      }
    }
    out.sort((x, z) -> Integer.compare(x.start(), z.start()));
    return out;
  }

  private static LocalDate resolve(Integer year, int month, Integer day, LocalDate reference) {
    if (day == null) return year == null ? null : LocalDate.of(year, month, 1);
    if (year != null) return safe(year, month, day);
    if (reference == null) return null;
    LocalDate d = safe(reference.getYear(), month, day);
    if (d != null && d.isAfter(reference)) d = safe(reference.getYear() - 1, month, day);
    return d;
  }

  /**
   * The words of a text; a word's text is kept only for numbers, short words ("de", "del") and
   * words whose first letter (lower case) is in {@code monthFirsts}, the others being no part of a date.
   */
  private static List<Word> words(String text, String monthFirsts) {
    List<Word> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c) || Character.isDigit(c)) {
        int s = i;
        boolean digit = Character.isDigit(c);
        while (i < n && (digit ? Character.isDigit(text.charAt(i)) : Character.isLetter(text.charAt(i)))) i++;
        int e = i;
        if (digit && i + 1 < n && Character.isLetter(text.charAt(i))) {   // 1er, 19th, 1º: the number counts
          int x = i;
          while (x < n && Character.isLetter(text.charAt(x)) && x - i < 2) x++;
          if (x - i <= 2 && (x == n || !Character.isLetter(text.charAt(x)))) i = x;
        }
        boolean dot = i < n && text.charAt(i) == '.';
        boolean keep = digit || e - s <= 3 || monthFirsts.indexOf(Character.toLowerCase(c)) >= 0;
        out.add(keep ? new Word(s, e, text.substring(s, e), digit, dot) : OTHER);
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean isWord(Word w, String s) {
    return !w.number() && w.text() != null && w.text().equalsIgnoreCase(s);
  }

  private static boolean isDay(Word w) {
    return w.number() && w.text().length() <= 2 && Integer.parseInt(w.text()) >= 1 && Integer.parseInt(w.text()) <= 31;
  }

  private static boolean isYear(Word w) {
    if (!w.number() || w.text().length() != 4) return false;
    int y = Integer.parseInt(w.text());
    return y >= 1900 && y <= 2099;
  }

  /** "2,024" or "1.500" or "2024.5": digits inside a larger number are no year. */
  private static boolean partOfNumber(String text, Word w) {
    boolean before = w.start() >= 2 && (text.charAt(w.start() - 1) == ',' || text.charAt(w.start() - 1) == '.')
        && Character.isDigit(text.charAt(w.start() - 2));
    boolean after = w.end() + 1 < text.length() && (text.charAt(w.end()) == ',' || text.charAt(w.end()) == '.')
        && Character.isDigit(text.charAt(w.end() + 1));
    return before || after;
  }

  /** 2024-06-19 starting at a four-digit number. */
  private static LocalDate iso(String text, Word w) {
    int s = w.start();
    if (w.text().length() != 4 || s + 10 > text.length()) return null;
    if (text.charAt(s + 4) != '-' || text.charAt(s + 7) != '-') return null;
    for (int k : new int[] {5, 6, 8, 9}) if (!Character.isDigit(text.charAt(s + k))) return null;
    if (s + 10 < text.length() && Character.isDigit(text.charAt(s + 10))) return null;
    return safe(Integer.parseInt(w.text()), Integer.parseInt(text.substring(s + 5, s + 7)), Integer.parseInt(text.substring(s + 8, s + 10)));
  }

  private static LocalDate safe(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
