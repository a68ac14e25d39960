package org.entente.extract;

import java.util.List;

/**
 * MEMBER_OF from sentences that say states are, became or stopped being members of an
 * organization: "joined", "admitted", "accession", "member", "belongs to", founders, lists of
 * members, and "left", "withdrew", "ceased to be" (ended). Only the states listed next to the cue
 * or to the organization count, not every state of the sentence. Applications, candidacies,
 * suspensions, denials and plans give nothing. "The bloc", "l'Alliance", "der Block" with no
 * organization named refer to the last one named.
 */
final class MembershipRule implements Rule {

  private static final int WINDOW = 8;

  @Override
  public void apply(SentenceView s, ArticleContext ctx) {
    boolean sanctions = s.has("sanction");
    Mention named = null;
    for (Cues.Hit h : s.cues) {
      String c = h.category();
      boolean join = c.equals("join") && !sanctions;
      boolean leave = c.equals("leave");
      if (!(c.equals("member") || join || leave)) continue;
      if (s.notAFact(h.from()) || s.near(h.from(), 8, 6, "apply", "suspend")) continue;
      Mention org = nearestOrganization(s, h);
      String orgId = org != null ? org.id() : (s.has("orgref") || c.equals("member") ? ctx.lastOrganization : null);
      if (orgId == null) continue;
      List<Mention> states = Mentions.chainsNear(s, h.from(), h.to(), WINDOW);
      if (org != null) {
        for (Mention m : Mentions.chainsNear(s, org.from(), org.to(), 3)) if (!states.contains(m)) states.add(m);
      }
      String status = leave || s.near(h.from(), 6, 6, "leave") ? Relation.ENDED : Relation.ACTIVE;
      for (Mention st : states) {
        if (isObjectOfWith(s, st)) continue;
        ctx.relate(s, Relation.MEMBER_OF, st.id(), orgId, status, s.dateNear(h.from()), "membership",
            s.words(h.from(), h.to()));
      }
      named = org;
    }
    for (Mention m : s.mentions) {
      if (m.kind().equals(Entity.ORGANIZATION) && !m.id().equals("WEST")) named = named == null ? m : named;
    }
    if (named != null) ctx.lastOrganization = named.id();
  }

  private static Mention nearestOrganization(SentenceView s, Cues.Hit h) {
    Mention best = null;
    for (Mention m : s.mentions) {
      if (!m.kind().equals(Entity.ORGANIZATION) || m.id().equals("WEST")) continue;
      if (best == null || distance(m, h) < distance(best, h)) best = m;
    }
    return best;
  }

  private static int distance(Mention m, Cues.Hit h) {
    return m.from() >= h.to() ? m.from() - h.to() : Math.max(0, h.from() - m.to());
  }

  /** "Turkey signed a deal with Sweden before it joined NATO": the state after "with" is a bystander. */
  private static boolean isObjectOfWith(SentenceView s, Mention m) {
    for (Cues.Hit w : s.cues("with")) if (w.to() <= m.from() && m.from() - w.to() <= 1) return true;
    return false;
  }
}
