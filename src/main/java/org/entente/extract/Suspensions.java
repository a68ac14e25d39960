package org.entente.extract;

import java.util.List;

/**
 * Suspended memberships: "Le Gabon a été suspendu de la CEEAC" takes the state off the article's
 * lists of members while suspended; "La OEA levantó la suspensión que pesaba sobre Honduras"
 * gives the membership back. {@link MembershipRule} calls it for each sentence and at the end.
 */
final class Suspensions {

  private Suspensions() {}

  /**
   * "Le Gabon a été suspendu de la CEEAC", "La CEEAC a suspendu le Gabon": a suspended state is
   * no member the article can list while suspended (see {@link #finish}).
   */
  static void suspended(SentenceView s, ArticleContext ctx) {
    if (s.has("sanction")) return;
    for (Cues.Hit h : s.cues("suspend")) {
      if (Modality.notAFact(s, h) || s.near(h.from(), 4, 0, "lift")) continue;
      Mention org = MembershipOrganizations.organizationRightAfter(s, h);
      List<Mention> states = org == null ? List.of() : Subjects.statesBefore(s, h.from(), 15);
      if (org == null) {                            // "La CEEAC a suspendu le Gabon de toutes ses activités"
        org = MembershipOrganizations.organizationBefore(s, h);
        if (org != null && h.from() - org.to() > 8) org = null;
        if (org != null) states = Mentions.listAfter(s, h.to(), 1, java.util.Set.of(Entity.STATE));
      }
      if (org == null) continue;
      for (Mention m : states) if (!m.isAdjectival()) ctx.suspended.add(ArticleContext.membership(m.id(), org.id()));
    }
  }

  /**
   * "The Council of Europe expelled Russia", "L'Opep a exclu le Gabon": the organization before an
   * expelling verb, the state right after it; the membership has ended. The passive ("was expelled
   * from") is read as leaving.
   */
  static void expelled(SentenceView s, ArticleContext ctx) {
    for (Cues.Hit h : s.cues("expel")) {
      List<Mention> states = Mentions.listAfter(s, h.to(), 1, java.util.Set.of(Entity.STATE));
      Mention org = fromOrganization(s, states);               // "a exclu la Russie du Conseil de l'Europe"
      // French "a exclu" also rules out; with a state "from" an organization after it, it expels
      boolean ownNegation = false;
      for (Cues.Hit n : s.cues("negation")) ownNegation |= n.from() <= h.from() && n.to() >= h.to();
      if ((org == null || !ownNegation) && Modality.notAFact(s, h)) continue;
      if (org == null) org = MembershipOrganizations.organizationBefore(s, h);
      if (org == null || org.to() <= h.from() && (h.from() - org.to() > 6 || s.commaBetween(org.to() - 1, h.from()))) continue;
      for (Mention m : states) {
        if (m.isAdjectival()) continue;
        ctx.relate(s, Relation.MEMBER_OF, m.id(), org.id(), Relation.ENDED, s.dateNear(h.from()), "membership", s.words(h.from(), h.to()));
      }
    }
  }

  /** The organization right after a list of states and "from": "la Russie du Conseil de l'Europe", "Russia from the Council of Europe". */
  private static Mention fromOrganization(SentenceView s, List<Mention> states) {
    if (states.isEmpty()) return null;
    int at = states.get(states.size() - 1).to();
    if (at >= s.to || !s.covered(at, "from")) return null;
    for (Mention m : s.mentions) if (m.isOrganization() && m.from() > at && m.from() - at <= 2) return m;
    return null;
  }

  /**
   * "L'Unione africana ha revocato la sospensione del Madagascar", "La OEA levantó la suspensión
   * que pesaba sobre Honduras": a suspension lifted gives the state its membership back.
   */
  static void lifted(SentenceView s, ArticleContext ctx) {
    if (s.has("sanction")) return;
    for (Cues.Hit h : s.cues("suspend")) {
      boolean lifted = false;
      for (Cues.Hit l : s.cues("lift")) lifted |= l.to() <= h.from() && h.from() - l.to() <= 4 && SanctionSources.plainWordsBetween(s, l.to(), h.from());
      if (!lifted || Modality.notAFact(s, h)) continue;
      Mention org = null;
      for (Mention m : s.mentions) {
        if (m.isOrganization() && m.to() <= h.from() && h.from() - m.to() <= 8) org = m;
      }
      String orgId = org != null ? org.id() : s.has("orgref") ? ctx.referredOrganization(s) : null;
      if (orgId == null) continue;
      int at = -1;                                   // "the suspension of aid" suspends no one: only "of" or "que pesaba sobre" a state
      if (h.to() < s.to && s.covered(h.to(), "from", "of")) at = h.to() + 1;
      for (int i = h.to() + 1; h.to() < s.to && s.covered(h.to(), "relative") && i < Math.min(s.to, h.to() + 4); i++) {
        if (s.covered(i, "on")) {
          at = i + 1;
          break;
        }
      }
      while (at >= 0 && at < s.to - 1 && s.covered(at, "det")) at++;
      if (at < 0 || at >= s.to) continue;
      for (Mention m : Mentions.listAfter(s, at, 1, java.util.Set.of(Entity.STATE))) {
        ctx.relate(s, Relation.MEMBER_OF, m.id(), orgId, Relation.ACTIVE, s.dateNear(h.from()), "membership", s.words(h.from(), h.to()));
        ctx.reinstated.add(ArticleContext.membership(m.id(), orgId));
      }
    }
  }

  /** Removes the active memberships of states suspended and not reinstated in the article. */
  static void finish(ArticleContext ctx) {
    if (ctx.suspended.isEmpty()) return;
    ctx.relations.values().removeIf(r -> r.type().equals(Relation.MEMBER_OF) && r.status().equals(Relation.ACTIVE)
        && ctx.suspended.contains(ArticleContext.membership(r.source(), r.target()))
        && !ctx.reinstated.contains(ArticleContext.membership(r.source(), r.target())));
  }
}
