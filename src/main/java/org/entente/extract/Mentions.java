package org.entente.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Helpers the rules share for picking mentions out of a sentence. */
final class Mentions {

  private Mentions() {}

  /** A capital right after "in"/"à"/"в" is where something happened, not who did it. */
  static boolean isVenue(SentenceView s, Mention m) {
    if (!m.formType().equals(Form.CAPITAL)) return false;
    for (Cues.Hit h : s.cues("venue")) if (h.to() == m.from()) return true;
    return false;
  }

  /** The states of the sentence that act in it (venues left out), each id once, in order. */
  static List<Mention> distinctStates(SentenceView s) {
    List<Mention> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Mention m : s.mentions) if (m.isState() && !isVenue(s, m) && seen.add(m.id())) out.add(m);
    return out;
  }

  /** States and organizations that can act (venues left out), in order. */
  static List<Mention> actors(SentenceView s) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : s.mentions) if (m.isActor() && !isVenue(s, m)) out.add(m);
    return out;
  }

  /**
   * The mentions of a list that starts within {@code reach} tokens after token {@code at}:
   * "on Russia, Belarus and Iran" gives all three. {@code kinds} restricts what may be listed.
   */
  static List<Mention> listAfter(SentenceView s, int at, int reach, Set<String> kinds) {
    List<Mention> out = new ArrayList<>();
    int limit = at + reach;
    for (Mention m : s.mentions) {
      if (m.from() < at || !kinds.contains(m.kind()) || isVenue(s, m)) continue;
      if (m.from() > limit) break;
      out.add(m);
      limit = m.to() + 3;
    }
    return out;
  }
}
