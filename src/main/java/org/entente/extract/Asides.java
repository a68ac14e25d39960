package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * States named in an aside between commas, and what the sentence says of them: a relative clause
 * ("Belarus, which borders Ukraine, is ...") speaks of the name before it, a likening ("Белоруссия,
 * как и Россия, находится под санкциями") of both.
 */
final class Asides {

  private Asides() {}

  /** Whether the name ends a relative clause opened by a comma and a relative word: ", which backs Ukraine,". */
  static boolean closesARelative(SentenceView s, Mention m) {
    for (int i = m.from() - 1; i > s.from && m.from() - i <= 10; i--) {
      if (!s.commaBetween(i - 1, i)) continue;
      return s.covered(i, "relative");
    }
    return false;
  }

  /** "Белоруссия, как и Россия, находится под санкциями": for a target inside an aside "like X", the state before the aside too. */
  static List<Mention> besideALikeAside(SentenceView s, List<Mention> targets) {
    List<Mention> out = new ArrayList<>();
    for (Mention t : targets) {
      for (Cues.Hit c : s.cues("aslike")) {
        if (c.to() > t.from() || t.from() - c.to() > 1 || c.from() <= s.from || !s.commaBetween(c.from() - 1, c.from())) continue;
        for (Mention m : s.mentions) if (m.isState() && m.to() == c.from() && !targets.contains(m) && !out.contains(m)) out.add(m);
      }
    }
    return out;
  }
}
