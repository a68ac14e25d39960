package org.entente.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The trigger words of each language's rules, from {@code triggers/<lang>.tsv}: a category
 * ("sanction", "lift", "modal"...) and a word or phrase, where "word*" matches any ending and
 * "*word*" any compound that holds it ("Wirtschaftssanktionen").
 */
public final class Cues {

  /** A cue found at tokens [{@code from}, {@code to}). */
  public record Hit(String category, int from, int to) {}

  private record Pattern(String category, String[] words) {}

  private final Map<Language, Map<String, List<Pattern>>> byFirstChar = new EnumMap<>(Language.class);

  public Cues() {
    for (Language lang : Language.values()) {
      Map<String, List<Pattern>> m = new HashMap<>();
      for (String line : Resources.lines("entente/dict/triggers/" + lang.code() + ".tsv")) {
        String[] c = line.split("\t");
        if (c.length < 2) continue;
        String[] words = words(fold(c[1].strip(), lang));
        if (words.length == 0 || words[0].isEmpty()) continue;
        String k = words[0].startsWith("*") ? "*" : words[0].substring(0, 1);
        m.computeIfAbsent(k, x -> new ArrayList<>()).add(new Pattern(c[0].strip(), words));
      }
      byFirstChar.put(lang, m);
    }
  }

  private static final java.util.Set<String> ELIDED = java.util.Set.of(
      "l", "d", "j", "m", "n", "s", "t", "c", "qu", "dell", "all", "dall", "nell", "sull", "un");

  /** The words of a cue as the tokenizer sees them: "à l'encontre" -> [a, encontre]. */
  private static String[] words(String cue) {
    List<String> out = new ArrayList<>();
    for (String w : cue.split("[\\s-]+")) {
      int a = Math.max(w.indexOf('\''), w.indexOf('’'));
      if (a > 0 && ELIDED.contains(w.substring(0, a))) w = w.substring(a + 1);
      if (!w.isEmpty()) out.add(w);
    }
    return out.toArray(new String[0]);
  }

  /**
   * Lower case without accents, as cues are compared in a language: German umlauts become
   * ae/oe/ue first, so "würde" (would) stays apart from "wurde" (was).
   */
  public static String fold(String s, Language lang) {
    if (lang != Language.DE) return fold(s);
    String lower = s.toLowerCase(Locale.ROOT);
    return fold(lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"));
  }

  /** Lower case without accents, as cues are compared. */
  public static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    char[] in = lower.toCharArray();
    char[] out = new char[in.length * 4];
    int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, n);
  }

  /** Every cue in the tokens, in order; {@code folded} holds {@link #fold} of each token's surface. */
  public List<Hit> find(List<String> folded, Language lang) {
    Map<String, List<Pattern>> m = byFirstChar.get(lang);
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < folded.size(); i++) {
      String w = folded.get(i);
      if (w.isEmpty()) continue;
      for (String k : new String[] {w.substring(0, 1), "*"}) {
        for (Pattern p : m.getOrDefault(k, List.of())) {
          int end = match(p.words(), folded, i);
          if (end > 0) {
            Hit h = new Hit(p.category(), i, end);
            if (!out.contains(h)) out.add(h);
          }
        }
      }
    }
    return out;
  }

  private static int match(String[] words, List<String> folded, int at) {
    int i = at;
    for (String w : words) {
      if (i >= folded.size() || !wordMatches(w, folded.get(i))) return -1;
      i++;
    }
    return i;
  }

  static boolean wordMatches(String pattern, String word) {
    boolean lead = pattern.startsWith("*");
    boolean trail = pattern.endsWith("*") && pattern.length() > 1;
    String core = pattern.substring(lead ? 1 : 0, pattern.length() - (trail ? 1 : 0));
    if (lead && trail) return word.contains(core);
    if (lead) return word.endsWith(core);
    if (trail) return word.startsWith(core);
    return word.equals(core);
  }
}
