package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * ALLIED_WITH between states of a sentence that speaks of an alliance, mutual defence or allies:
 * every pair of a list of three or more next to the cue ("Mali, Burkina Faso and Niger signed a
 * mutual defence pact"), else the pair after "between", else the two states nearest the cue. Ended when the
 * sentence says the alliance was left or dissolved; nothing when it is denied or only proposed.
 */
final class AllianceRule implements Rule {

  @Override
  public void apply(SentenceView s, ArticleContext ctx) {
    for (Cues.Hit h : s.cues("ally")) {
      if (s.notAFact(h.from())) continue;
      List<Mention> states = Mentions.distinctStates(s);
      if (states.size() < 2) continue;
      String status = s.near(h.from(), 8, 8, "leave") ? Relation.ENDED : Relation.ACTIVE;
      List<Mention> group = pick(s, states, h);
      for (List<Mention> chain : Mentions.stateChains(s)) {
        boolean near = chain.stream().anyMatch(m -> Math.abs(m.from() - h.from()) <= 8);
        if (near && chain.size() >= 3) group = chain;
      }
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          ctx.relate(s, Relation.ALLIED_WITH, group.get(i).id(), group.get(j).id(), status, s.dateNear(h.from()),
              "alliance", s.words(h.from(), h.to()));
        }
      }
      ctx.lastPair = List.of(group.get(0).id(), group.get(1).id());
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
