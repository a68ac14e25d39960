package org.entente.extract;

import java.util.List;

/**
 * Frozen assets as sanctions: whose assets a freeze names ("les avoirs du président russe",
 * "assets held in the bloc by President X", "los bienes del Gobierno venezolano") is the target,
 * a sitting leader or, for a government's assets, its state. {@link SanctionRule} asks it when a
 * sanctions word names no target otherwise.
 */
final class FrozenAssets {

  private FrozenAssets() {}

  /** Whether the cue ends with the word for assets ("froze the assets"): a "by" after it names their holder, not an agent. */
  static boolean endsWithAssets(SentenceView s, Cues.Hit h) {
    return s.covered(h.to() - 1, "assets");
  }

  /** "a gelé les avoirs du président russe Vladimir Poutine", "заморозила активы президента": whose assets are frozen. */
  static List<Mention> owners(SentenceView s, Cues.Hit h, Language lang) {
    int from = h.to();
    if (!s.near(h.to(), 0, 1, "from", "of") && lang != Language.RU) {   // Russian: "заморозила активы президента ..."
      Cues.Hit by = heldBy(s, h);
      if (by == null) return List.of();
      from = by.to();
    }
    for (Mention m : s.mentions) {
      if (m.kind().equals(Entity.LEADER) && m.from() > from && m.from() - from <= 5) return List.of(m);
    }
    // "el congelamiento de todos los bienes del Gobierno venezolano": a government's assets are the state's
    for (Mention m : s.mentions) {
      if (!m.isState() || m.from() <= from || m.from() - from > 4) continue;
      if (s.covered(m.from() - 1, "regime", "administration") || m.to() < s.to && s.covered(m.to(), "regime", "administration")) return List.of(m);
    }
    return List.of();
  }

  /** "freeze any assets held in the bloc by President X": the "by" that names their holder, within a few words and no comma. */
  private static Cues.Hit heldBy(SentenceView s, Cues.Hit h) {
    for (Cues.Hit by : s.cues("by")) {
      if (by.from() > h.to() && by.from() - h.to() <= 5 && !s.commaBetween(h.to() - 1, by.from())) return by;
    }
    return null;
  }
}
