package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The states whose own assets a freeze names: "froze Libyan government assets", "froze all
 * Chinese and North Korean assets", "congeló los activos del Gobierno panameño". A state's name
 * alone before the word for assets, or its government's after it; not "froze any U.S. assets of
 * ..." (where they are held) nor "froze Russian oligarchs' assets" (whose they are is not the state).
 */
final class StateAssets {

  private StateAssets() {}

  static List<Mention> owners(SentenceView s, Cues.Hit freeze, Cues.Hit assets) {
    if (assets.from() >= freeze.to()) {
      List<Mention> before = namedBefore(s, freeze.to(), assets.from());
      if (!before.isEmpty() && !(assets.to() < s.to && s.covered(assets.to(), "of", "from"))) return before;
    }
    // "los activos del Gobierno panameño", "all assets of the Iranian government": its government's
    if (assets.to() >= s.to || !s.covered(assets.to(), "of", "from")) return List.of();
    for (Mention m : s.mentions) {
      if (!m.isState() || m.from() <= assets.to() || m.from() - assets.to() > 4) continue;
      boolean government = s.covered(m.from() - 1, "regime", "administration") || m.to() < s.to && s.covered(m.to(), "regime", "administration");
      return government ? List.of(m) : List.of();
    }
    return List.of();
  }

  /** The states named in [from, to) when nothing but them, "and", articles, quantifiers, a date and "government" stand there. */
  private static List<Mention> namedBefore(SentenceView s, int from, int to) {
    List<Mention> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      final int k = i;
      Mention m = s.mentions.stream().filter(x -> x.from() == k).findFirst().orElse(null);
      if (m != null) {
        if (!m.isState()) return List.of();
        out.add(m);
        i = m.to() - 1;
      } else if (!s.covered(i, "det", "thedef", "coord", "all", "quantifier", "regime", "administration") && !s.inDate(i)) {
        return List.of();
      }
    }
    return out;
  }
}
