package org.entente.extract;

import java.util.List;

/**
 * MEMBER_OF from sentences that say states are, became or stopped being members of an
 * organization: "joined", "admitted", "accession", "member", lists of members, and "left" or
 * "withdrew" (ended). Applications, candidacies, suspensions, denials and plans give nothing.
 * "The alliance groups X, Y and Z" with no organization named refers to the last one named.
 */
final class MembershipRule implements Rule {

  @Override
  public void apply(SentenceView s, ArticleContext ctx) {
    Mention org = null;
    for (Mention m : s.mentions) if (m.kind().equals(Entity.ORGANIZATION) && !m.id().equals("WEST")) org = org == null ? m : org;
    boolean sanctions = s.has("sanction");
    for (Cues.Hit h : s.cues) {
      String c = h.category();
      boolean join = c.equals("join") && !sanctions;
      boolean leave = c.equals("leave");
      if (!(c.equals("member") || join || leave)) continue;
      if (s.notAFact(h.from()) || s.near(h.from(), 8, 6, "apply", "suspend")) continue;
      String orgId = org != null ? org.id() : (c.equals("member") ? ctx.lastOrganization : null);
      if (orgId == null) continue;
      List<Mention> states = Mentions.distinctStates(s);
      if (states.isEmpty()) continue;
      String status = leave || s.near(h.from(), 6, 6, "leave") ? Relation.ENDED : Relation.ACTIVE;
      for (Mention st : states) {
        if (isObjectOfWith(s, st)) continue;
        ctx.relate(s, Relation.MEMBER_OF, st.id(), orgId, status, s.dateNear(h.from()), "membership",
            s.words(h.from(), h.to()));
      }
      break;
    }
    if (org != null) ctx.lastOrganization = org.id();
  }

  /** "Turkey signed a deal with Sweden before it joined NATO": the state after "with" is a bystander. */
  private static boolean isObjectOfWith(SentenceView s, Mention m) {
    for (Cues.Hit w : s.cues("with")) if (w.to() <= m.from() && m.from() - w.to() <= 1) return true;
    return false;
  }
}
