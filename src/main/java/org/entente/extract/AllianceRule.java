package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * ALLIED_WITH between two states of a sentence that speaks of an alliance, mutual defence or
 * allies: the pair after "between", else the two states nearest the cue. Ended when the
 * sentence says the alliance was left or dissolved; nothing when it is denied or only proposed.
 */
final class AllianceRule implements Rule {

  @Override
  public void apply(SentenceView s, ArticleContext ctx) {
    for (Cues.Hit h : s.cues("ally")) {
      if (s.notAFact(h.from())) continue;
      List<Mention> states = Mentions.distinctStates(s);
      if (states.size() < 2) continue;
      List<Mention> pair = pick(s, states, h);
      String status = s.near(h.from(), 8, 8, "leave") ? Relation.ENDED : Relation.ACTIVE;
      ctx.relate(s, Relation.ALLIED_WITH, pair.get(0).id(), pair.get(1).id(), status, s.dateNear(h.from()),
          "alliance", s.words(h.from(), h.to()));
      ctx.lastPair = List.of(pair.get(0).id(), pair.get(1).id());
      return;
    }
  }

  private static List<Mention> pick(SentenceView s, List<Mention> states, Cues.Hit h) {
    if (states.size() == 2) return states;
    for (Cues.Hit b : s.cues("between")) {
      List<Mention> after = new ArrayList<>();
      for (Mention m : states) if (m.from() > b.from()) after.add(m);
      if (after.size() >= 2) return after.subList(0, 2);
    }
    List<Mention> sorted = new ArrayList<>(states);
    sorted.sort((a, b) -> Integer.compare(Math.abs(a.from() - h.from()), Math.abs(b.from() - h.from())));
    return sorted.subList(0, 2);
  }
}
