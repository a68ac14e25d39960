package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the alliance an alliance word speaks of has ended: said formerly, left, or its pact
 * lapsed, terminated or ended ("was allowed to lapse", "этот договор утратил силу", "ont mis fin
 * à leur traité de défense mutuelle"). {@link AllianceRule} asks it for each alliance it reads.
 */
final class AllianceEnds {

  private AllianceEnds() {}

  /**
   * A word for leaving within eight words of the alliance word, said of a state, not of soldiers
   * ("troops leave Iceland"); or a relative after the pact that says it has lapsed ("Договору о
   * ... взаимной помощи ..., который теперь утрачивает силу", "que quedó en letra muerta").
   */
  static boolean endedNear(SentenceView s, Cues.Hit h) {
    for (Cues.Hit f : s.cues("formerly")) {   // "The two governments were once close allies"
      boolean oldest = f.from() > s.from && s.covered(f.from() - 1, "most");   // "plus ancien allié des États-Unis"
      if (f.to() <= h.from() && h.from() - f.to() <= 2 && !s.commaBetween(f.from(), h.from()) && !s.covered(f.from(), "again") && !oldest) return true;
    }
    for (Cues.Hit l : s.cues("leave")) {
      // not "avvierà le procedure per ritirare il Messico": a withdrawal still to come
      // (nor "expelled U.S. Ambassador Patrick Duddy": someone sent away, no state leaving)
      if (l.from() >= h.from() - 8 && l.from() < h.from() + 8 && !MembershipFacts.troopsLeave(s, l) && !Modality.notAFact(s, l) && !s.covered(l.from(), "expel")) return true;
    }
    List<Cues.Hit> ends = new ArrayList<>(s.cues("terminate"));
    ends.addAll(s.cues("deadletter"));   // a pact that "quedó en letra muerta" binds no one any more
    Cues.Hit firstPact = firstTreatyAfter(s, h);
    // "The Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance ... was allowed to lapse": the pact named as the subject
    boolean named = s.cues("treaty").stream().anyMatch(o -> o.to() <= h.from() && h.from() - o.to() <= 6 && o.from() - s.from <= 3);
    for (Cues.Hit t : ends) {
      if (t.from() < h.to() || t.from() - h.to() > 30 || Modality.notAFact(s, t)) continue;
      Cues.Hit which = s.firstAfter(h, "relative", t.from() - h.to());
      boolean otherTreaty = s.cues("treaty").stream().anyMatch(o -> o.from() > h.to() && o.from() < t.from());
      if (which != null && which.from() < t.from() && !otherTreaty) return true;
      // "..., однако этот договор утратил силу", "the pact expired": a word for the pact right before the verb
      Cues.Hit pact = null;
      for (Cues.Hit o : s.cues("treaty")) if (o.from() > h.to() && o.to() <= t.from() && t.from() - o.to() <= 2) pact = o;
      if (pact != null && firstPact == pact) return true;
      if (named && firstPact == null && !s.clauseIn(h.to(), t.from())) return true;
    }
    // "The alliance between the United States and Taiwan ended in 1980", "womit das Bündnis zwischen beiden Seiten endete":
    // the alliance word the subject of a verb of ending in its clause
    if (opensItsClause(s, h)) {
      for (Cues.Hit e : s.cues("allianceend")) {
        if (e.from() >= h.to() && e.from() - h.to() <= 12 && !s.commaBetween(h.to() - 1, e.from()) && !Modality.notAFact(s, e)) return true;
      }
    }
    for (Cues.Hit e : s.cues("endtreaty")) {
      // "erklärte ... den französisch-sowjetischen Beistandsvertrag von 1944 für annulliert.": German ends its clause with the verb
      if (e.from() >= h.to() && e.from() - h.to() <= 15 && e.to() >= s.to - 1 && !s.clauseIn(h.to(), e.from()) && !Modality.notAFact(s, e)) return true;
      // "ont mis fin le 1er janvier 1980 à leur traité de défense mutuelle": the pact ended by the verb before it
      if (e.to() > h.from() || h.from() - e.to() > 12 || s.commaBetween(e.to() - 1, h.from()) || Modality.notAFact(s, e)) continue;
      if (s.cues("treaty").stream().anyMatch(o -> o.from() >= e.to() && o.to() <= h.from())) return true;
      if (objectOf(s, e, h)) return true;              // "abrogated its 1936 alliance with Britain": the alliance itself
    }
    return false;
  }

  /** Whether the word opens its clause, an article before it at most: at the sentence's start, after a comma or a relative word. */
  private static boolean opensItsClause(SentenceView s, Cues.Hit h) {
    int i = h.from();
    if (i > s.from && s.covered(i - 1, "det", "thedef")) i--;
    // (also one linking word after a comma: ", womit das Bündnis ... endete", ", and the alliance ended")
    return i == s.body() || i > s.from && (s.commaBetween(i - 1, i) || s.covered(i - 1, "relative", "clause") || i - 1 > s.from && s.commaBetween(i - 2, i - 1));
  }

  private static Cues.Hit firstTreatyAfter(SentenceView s, Cues.Hit h) {
    for (Cues.Hit o : s.cues("treaty")) if (o.from() > h.to()) return o;
    return null;
  }

  /** Whether only an article, a possessive or a date stands between the verb and the alliance word: its object. */
  private static boolean objectOf(SentenceView s, Cues.Hit verb, Cues.Hit h) {
    for (int i = verb.to(); i < h.from(); i++) {
      boolean beforeADate = i + 1 < h.from() && s.inDate(i + 1) && !s.inDate(i);      // "a abrogé en 1951 son alliance"
      if (!s.covered(i, "det", "thedef", "poss") && !s.inDate(i) && !beforeADate) return false;
    }
    return true;
  }
}
