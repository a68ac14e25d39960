package org.entente.extract;

import java.util.List;

/**
 * The "on" or "against" after a sanctions word that introduces their target: the nearer one
 * with a name after it, past a relative that keeps the sanctions ("el embargo que mantenía
 * contra Sudán") or the participle that imposes them ("impuestas a Malí"), but not past another
 * measure in another clause.
 */
final class TargetPreposition {

  private TargetPreposition() {}

  /** The preposition whose objects the sanctions fall on, or null. */
  static Cues.Hit find(SentenceView s, Cues.Hit h, Language lang) {
    Cues.Hit against = SanctionTargets.linked(s, s.firstAfter(h, "against", 6));
    boolean kept = against == null && SanctionTargets.keptInARelative(s, h);
    if (kept) against = SanctionTargets.linked(s, s.firstAfter(h, "against", 12));   // "el embargo que mantenía desde hace dos décadas contra Sudán"
    if (kept && against == null) against = SanctionTargets.linked(s, s.firstAfter(h, "on", 12));   // "el embargo que desde 2017 mantenían sobre Catar"
    // "ответив на западные санкции, ввела эмбарго против ...": past another measure, the preposition is that one's
    if (against != null && anotherMeasureBetween(s, h, against)) against = null;
    // ... also past a list of adjectives: "un embargo commerciale, petrolifero e aereo alla Jugoslavia"
    // ... or of goods joined by "and": "un embargo de petróleo y armas a Haití"
    Cues.Hit onAfter = SanctionTargets.linked(s, s.firstAfter(h, "on", 3 + SanctionSources.adjectiveList(s, h.to(), lang) + goodsJoined(s, h.to())));
    if (onAfter == null && against == null) {                  // "a trade embargo and a freeze of state assets on Mali": the list shares its target
      Cues.Hit next = SanctionTargets.nextMeasure(s, h);
      if (next != null) onAfter = SanctionTargets.linked(s, s.firstAfter(next, "on", 4));
    }
    if (onAfter != null && SanctionTargets.dayAfter(s, onAfter)) {          // "sanctions on Monday on Venezuela", "hit by U.S. sanctions on Monday when Washington..."
      Cues.Hit next = s.firstAfter(onAfter, "on", 4);
      onAfter = next == null || SanctionTargets.dayAfter(s, next) ? null : SanctionTargets.linked(s, next);
    }
    // "an arms embargo on Venezuela and sanctions against Cuba": the nearer preposition, when a name follows it, is this cue's
    if (onAfter != null && (against == null || onAfter.from() < against.from() && !SanctionTargets.objectsAfter(s, onAfter).isEmpty())) against = onAfter;
    // "l'embargo sur les armes imposé à la Somalie": the goods follow the first "on", the target the participle
    if (against == null || against == onAfter && SanctionTargets.objectsAfter(s, against).isEmpty()) {
      Cues.Hit imposed = s.firstAfter(h, "impose", 5);       // "sanciones económicas impuestas a Malí"
      Cues.Hit direct = imposed == null ? null : s.firstAfter(imposed, "on", 1);
      Cues.Hit later = imposed == null || direct != null ? null : s.firstAfter(imposed, "on", 4);   // "impuestas hace nueve días a Turquía"
      if (later != null && (SanctionSources.plainWordsBetween(s, imposed.to(), later.from()) || onlyADate(s, imposed.to(), later.from()))) direct = later;
      if (direct != null) against = direct;
    }
    if (against == null) {
      Cues.Hit which = s.firstAfter(h, "relative", 4);       // "el embargo de armas que pesaba sobre la República Centroafricana"
      Cues.Hit on = which == null ? null : s.firstAfter(which, "on", 2);
      boolean onAState = false;                                // not "n'a recueilli que quatre voix au Conseil de sécurité"
      for (Mention m : on == null ? List.<Mention>of() : Mentions.listAfter(s, on.to(), 3, SanctionRule.TARGETS)) onAState |= m.isState();
      if (onAState && !s.near(h.to(), 0, on.from() - h.to(), "number", "negation")) against = on;
    }
    return against;
  }

  /**
   * "de petróleo y armas" or "petrolero y de armas" right after the sanctions word, followed by a
   * preposition: the two words it adds to the plain "de armas", else 0.
   */
  private static int goodsJoined(SentenceView s, int i) {
    if (i + 4 >= s.to || !s.covered(i + 4, "on", "against")) return 0;
    boolean nounFirst = s.covered(i, "from", "of") && s.covered(i + 2, "coord");       // "de petróleo y armas"
    boolean adjectiveFirst = s.covered(i + 1, "coord") && s.covered(i + 2, "from", "of");   // "petrolero y de armas"
    if (!nounFirst && !adjectiveFirst) return 0;
    for (int j : nounFirst ? new int[] {i + 1, i + 3} : new int[] {i, i + 3}) if (s.inMention(j) || s.tokens.get(j).capitalized() || s.inCue(j)) return 0;
    return 2;
  }

  /** "imposte nel 1992 alla Repubblica federale di Jugoslavia": only a date, and the preposition that opens it, between. */
  private static boolean onlyADate(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!s.inDate(i) && !(i + 1 < to && s.inDate(i + 1) && s.covered(i, "venue", "on"))) return false;
    }
    return to > from;
  }

  /** Whether another sanctions word, past a comma that closes this one's clause, stands before the preposition. */
  private static boolean anotherMeasureBetween(SentenceView s, Cues.Hit h, Cues.Hit preposition) {
    // a comma between closes this cue's clause (not "заморозила активы ... и ввела санкции против": one verb list)
    for (Cues.Hit c : s.cues("sanction")) if (c.from() >= h.to() && c.to() <= preposition.from() && s.commaBetween(h.to() - 1, c.from())) return true;
    return false;
  }
}
