package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Treaties and who is party to them and signed them, also when an article reports them over
 * several sentences: a treaty word with two or more states makes a treaty of those states; a
 * later sentence that signs, ratifies or brings "the agreement" into force without naming
 * states refers to the last treaty (or to the pair of states the article's alliance is about).
 * Leaders in a signing or ratifying sentence SIGNED it.
 */
final class TreatyRule implements Rule {

  @Override
  public void apply(SentenceView s, ArticleContext ctx) {
    for (Cues.Hit h : s.cues("treaty")) {
      if (s.notAFact(h.from())) continue;
      Cues.Hit sign = first(s, "sign");
      Cues.Hit ratify = first(s, "ratify");
      Cues.Hit inForce = first(s, "inforce");
      boolean event = sign != null || ratify != null || inForce != null;
      List<Mention> states = Mentions.distinctStates(s);
      TreeSet<String> parties = new TreeSet<>();
      for (Mention m : states) parties.add(m.id());
      Entity treaty;
      if (parties.size() >= 2) {
        treaty = treaty(ctx, parties, s, event ? s.dateNear(h.from()) : null);
      } else if (event && ctx.lastTreaty != null) {
        treaty = ctx.lastTreaty;
      } else if (event && ctx.lastPair.size() == 2) {
        treaty = treaty(ctx, new TreeSet<>(ctx.lastPair), s, s.dateNear(h.from()));
      } else {
        continue;
      }
      treaty = dated(treaty, s, sign, ratify, inForce);
      ctx.put(treaty);
      ctx.lastTreaty = treaty;
      for (String p : treaty.parties()) {
        ctx.relate(s, Relation.PARTY_TO, p, treaty.id(), Relation.ACTIVE, null, "treaty-party", s.words(h.from(), h.to()));
      }
      if (sign != null || ratify != null) {
        Cues.Hit act = sign != null ? sign : ratify;
        boolean leader = false;
        for (Mention m : s.mentions) {
          if (m.kind().equals(Entity.LEADER)) {
            ctx.relate(s, Relation.SIGNED, m.id(), treaty.id(), Relation.ACTIVE, s.dateNear(act.from()), "treaty-signer",
                s.words(act.from(), act.to()));
            leader = true;
          }
        }
        if (!leader && parties.size() >= 2) {
          for (Mention m : states) {
            if (m.to() <= act.from()) {
              ctx.relate(s, Relation.SIGNED, m.id(), treaty.id(), Relation.ACTIVE, s.dateNear(act.from()),
                  "treaty-signer", s.words(act.from(), act.to()));
            }
          }
        }
      }
      return;
    }
  }

  private static Cues.Hit first(SentenceView s, String category) {
    List<Cues.Hit> l = s.cues(category);
    return l.isEmpty() ? null : l.get(0);
  }

  private static Entity treaty(ArticleContext ctx, TreeSet<String> parties, SentenceView s, DateMention date) {
    if (ctx.lastTreaty != null && new TreeSet<>(ctx.lastTreaty.parties()).equals(parties)) return ctx.lastTreaty;
    String year = date != null ? String.valueOf(date.date().getYear()) : null;
    StringBuilder id = new StringBuilder("t-");
    List<String> names = new ArrayList<>();
    for (String p : parties) {
      id.append(p.toLowerCase(Locale.ROOT)).append('-');
      names.add(ctx.gazetteer.name(Entity.STATE, p));
    }
    if (year != null) id.append(year);
    else id.setLength(id.length() - 1);
    String name = String.join("–", names) + " treaty" + (year == null ? "" : " (" + year + ")");
    return new Entity(Entity.TREATY, id.toString(), name, null, List.copyOf(parties), null, null, null);
  }

  private static Entity dated(Entity t, SentenceView s, Cues.Hit sign, Cues.Hit ratify, Cues.Hit inForce) {
    String signed = t.signed();
    String ratified = t.ratified();
    String force = t.inForce();
    if (sign != null && ratify == null && signed == null) signed = iso(s.dateNear(sign.from()));
    if (ratify != null && ratified == null) ratified = iso(s.dateNear(ratify.from()));
    if (inForce != null && force == null) force = iso(s.dateNear(inForce.from()));
    return new Entity(Entity.TREATY, t.id(), t.name(), null, t.parties(), signed, ratified, force);
  }

  private static String iso(DateMention d) {
    return d == null ? null : d.iso();
  }
}
