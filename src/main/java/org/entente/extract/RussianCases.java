package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The genitive, dative, instrumental and prepositional forms of a Russian personal name, so
 * "Ким Чен Ыном" and "Владимиром Путиным" meet the names in the leaders table. Words ending in a
 * consonant take the case ending; surnames in -ин/-ов/-ев take -ым in the instrumental.
 */
final class RussianCases {

  private RussianCases() {}

  static List<String> of(String name) {
    if (name.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) return List.of();
    String[] words = name.split(" ");
    List<String> out = new ArrayList<>();
    for (String kase : new String[] {"gen", "dat", "ins", "prep"}) {
      StringBuilder sb = new StringBuilder();
      boolean changed = false;
      for (String w : words) {
        if (!sb.isEmpty()) sb.append(' ');
        String e = ending(w, kase);
        sb.append(w).append(e);
        changed |= !e.isEmpty();
      }
      if (changed) out.add(sb.toString());
    }
    return out;
  }

  private static String ending(String w, String kase) {
    if (w.length() < 2) return "";
    char last = Character.toLowerCase(w.charAt(w.length() - 1));
    if ("аеёиоуыэюяйьъ".indexOf(last) >= 0 || !Character.isLetter(last)) return "";
    String lw = w.toLowerCase(java.util.Locale.ROOT);
    boolean surname = lw.endsWith("ин") || lw.endsWith("ов") || lw.endsWith("ев") || lw.endsWith("ёв");
    return switch (kase) {
      case "gen" -> "а";
      case "dat" -> "у";
      case "ins" -> surname ? "ым" : "ом";
      default -> "е";
    };
  }

  /** A Latin spelling of a Cyrillic name, for leaders the table lacks ("Ким" -> "Kim"). */
  static String latin(String s) {
    String[] map = {"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "yo", "ж", "zh", "з", "z", "и", "i",
        "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u",
        "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu",
        "я", "ya"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char lc = Character.toLowerCase(c);
      String t = null;
      for (int k = 0; k < map.length; k += 2) if (map[k].charAt(0) == lc) t = map[k + 1];
      if (t == null) sb.append(c);
      else if (Character.isUpperCase(c) && !t.isEmpty()) sb.append(Character.toUpperCase(t.charAt(0))).append(t.substring(1));
      else sb.append(t);
    }
    return sb.toString();
  }

  /** Whether a Russian word ends as a noun in the instrumental does ("Россией", "Казахстаном", "странами"). */
  static boolean instrumental(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return w.length() > 3 && (w.endsWith("ей") || w.endsWith("ом") || w.endsWith("ем") || w.endsWith("ой") || w.endsWith("ами") || w.endsWith("ями"));
  }
}
