package org.entente.extract;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Tells which of the six languages a text is in: Russian by its Cyrillic letters, the others by
 * counting their most frequent short words in the first few thousand characters. Offline,
 * deterministic and fast; English when nothing decides.
 */
public final class LanguageGuesser {

  /** The frequent short words of each language, folded: read once, for guessing and for {@link #frequent}. */
  private static final Map<String, Set<Language>> WORDS = new HashMap<>();

  static {
    for (String line : Resources.lines("entente/dict/language-words.tsv")) {
      String[] c = line.split("\t");
      Language l = Language.fromCode(c[0]);
      if (l == null || c.length < 2) continue;
      for (String w : c[1].trim().split("\\s+")) WORDS.computeIfAbsent(Cues.fold(w), k -> new HashSet<>()).add(l);
    }
  }

  /** Whether a folded word is one of the frequent short words of any of the languages ("in", "with", "dans"). */
  static boolean frequent(String folded) {
    return WORDS.containsKey(folded);
  }

  public Language guess(String text) {
    String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
    int cyrillic = 0;
    int latin = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) cyrillic++;
      else if (c < 0x250 && Character.isLetter(c)) latin++;
    }
    if (cyrillic > latin) return Language.RU;
    Map<Language, Integer> score = new EnumMap<>(Language.class);
    for (String w : Cues.fold(sample).split("[^\\p{L}]+")) {
      Set<Language> ls = WORDS.get(w);
      if (ls != null) for (Language l : ls) score.merge(l, 1, Integer::sum);
    }
    Language best = Language.EN;
    int top = 0;
    for (var e : score.entrySet()) {
      if (e.getValue() > top) {
        top = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }
}
