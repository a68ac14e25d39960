package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Signings a relative clause reports after the treaty word: "no se ajustó al Tratado de Asunción,
 * que Paraguay firmó en 1991 con Argentina, Brasil y Uruguay". The clause alone gives the parties
 * and signers, whatever the main clause says. {@link TreatyRule} asks it for each treaty word.
 */
final class RelativeSignings {

  private RelativeSignings() {}

  /**
   * The signing a relative clause after the treaty word reports, whatever the main clause denies:
   * its parties are the states between the pronoun and the verb and those after the verb's
   * "with", its signers the leaders between, else those states; nothing from the main clause.
   * False when no such clause signs it ("dont la signature ... n'a toujours pas de date": a noun,
   * not a verb) or when it names fewer than two parties.
   */
  static boolean read(SentenceView s, ArticleContext ctx, Cues.Hit h, Entity last) {
    Cues.Hit relative = s.firstAfter(h, "relative", 6);
    Cues.Hit sign = relative == null ? null : s.firstAfter(relative, "sign", 4);
    if (sign == null || s.covered(sign.from() - 1, "det", "thedef") || s.near(sign.from(), sign.from() - relative.to(), 6, "negation", "modal")) {
      return false;
    }
    TreeSet<String> parties = new TreeSet<>();
    List<String> leaders = new ArrayList<>();
    for (Mention m : s.mentions) {
      if (m.from() < relative.to() || m.to() > sign.from()) continue;
      if (m.isState()) parties.add(m.id());
      String st = m.kind().equals(Entity.LEADER) ? ctx.leaderState(m.id()) : null;
      if (st != null) {
        parties.add(st);
        leaders.add(m.id());
      }
    }
    Cues.Hit with = s.firstAfter(sign, "with", 4);
    if (with != null) for (Mention m : Mentions.listAfter(s, with.to(), 1, java.util.Set.of(Entity.STATE))) parties.add(m.id());
    if (parties.size() < 2) return false;
    Entity treaty = TreatyEntities.dated(TreatyEntities.treaty(ctx, last, parties, s.dateNear(sign.from())), s, sign, null, null);
    ctx.put(treaty);
    ctx.lastTreaty = treaty;
    ctx.lastTreatySentence = s.sentence.index();
    for (String p : parties) {
      ctx.relate(s, Relation.PARTY_TO, p, treaty.id(), Relation.ACTIVE, null, "treaty-party", s.words(h.from(), h.to()));
      if (leaders.isEmpty()) {                    // the states sign when no leader is named signing for them
        ctx.relate(s, Relation.SIGNED, p, treaty.id(), Relation.ACTIVE, s.dateNear(sign.from()), "treaty-signer", s.words(sign.from(), sign.to()));
      }
    }
    for (String l : leaders) {
      ctx.relate(s, Relation.SIGNED, l, treaty.id(), Relation.ACTIVE, s.dateNear(sign.from()), "treaty-signer", s.words(sign.from(), sign.to()));
    }
    return true;
  }
}
