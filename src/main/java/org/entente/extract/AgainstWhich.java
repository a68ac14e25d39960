package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sanctions stated in a relative clause on their target: "Iran, against which Washington has
 * imposed sanctions", "Kuba, gegen das die USA Sanktionen verhängt haben", "la Syrie, contre
 * laquelle l'UE a adopté des sanctions", "Сирия, против которой США ввели санкции", "Россия, на которую
 * Запад наложил санкции". The target is what "against which" refers back to, the states named just before it; the source is the
 * subject of the relative clause. Read the other way round, the source would be taken for the
 * target, so these sentences are settled here before the general rule sees them.
 */
final class AgainstWhich {

  private static final Set<String> TARGETS = Set.of(Entity.STATE, Entity.ORGANIZATION, Entity.LEADER);

  /** The sources and targets of a cue inside such a clause. */
  record Found(List<Mention> sources, List<Mention> targets) {}

  private AgainstWhich() {}

  /** The clause's sources and targets, or null when the cue is not inside an "against which" clause. */
  static Found find(SentenceView s, Cues.Hit h) {
    for (Cues.Hit a : s.cues) {
      // Russian imposes sanctions "on" a target: "Россия и Белоруссия, на которые Запад наложил санкции"
      boolean on = a.category().equals("on") && a.to() < s.to && s.covered(a.to(), "relativeacc");
      if (!a.category().equals("against") && !on || a.to() > h.from() || h.from() - a.to() > 12) continue;
      int clause = relativeAfter(s, a);
      if (clause < 0) continue;
      List<Mention> sources = new ArrayList<>();
      for (Mention m : s.mentions) {
        // not "на которые Запад после начала военной операции на Украине наложил": a place named in the clause
        if (m.from() >= clause && m.to() <= h.from() && m.isActor() && !Mentions.modifiesAPerson(s, m)
            && !(m.from() > clause && s.covered(m.from() - 1, "on", "venue", "with"))) sources.add(m);
      }
      if (sources.isEmpty()) continue;
      List<Mention> targets = antecedent(s, a.from());
      if (targets.isEmpty()) continue;
      return new Found(sources, targets);
    }
    return null;
  }

  /**
   * The token where the relative clause's subject may start after the preposition, or -1: "which",
   * "lequel", "cui", "которого", "el cual", "los que"; in German an article right after a comma
   * and "gegen" ("..., gegen den die USA"), which is the relative pronoun there.
   */
  private static int relativeAfter(SentenceView s, Cues.Hit a) {
    int i = a.to();
    if (i >= s.to) return -1;
    if (s.covered(i, "relative")) return i + 1;
    if (s.covered(i, "det") && i + 1 < s.to && s.covered(i + 1, "relative")) return i + 2;   // "contra los que", "contro il quale"
    boolean afterComma = a.from() > s.from && s.commaBetween(a.from() - 1, a.from());
    if (afterComma && s.covered(i, "det") && i + 1 < s.to && !s.covered(i + 1, "sanction")) return i + 1;
    return -1;
  }

  /** The list of states, organizations or leaders that ends nearest before {@code at}, within ten words. */
  private static List<Mention> antecedent(SentenceView s, int at) {
    List<Mention> best = List.of();
    for (List<Mention> chain : Mentions.chains(s, m -> TARGETS.contains(m.kind()))) {
      List<Mention> before = new ArrayList<>();
      for (Mention m : chain) if (m.to() <= at) before.add(m);    // a chain may run on past the preposition
      if (!before.isEmpty() && at - before.get(before.size() - 1).to() <= 10) best = before;
    }
    return best;
  }
}
