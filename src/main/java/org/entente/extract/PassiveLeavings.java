package org.entente.extract;

import java.util.List;
import java.util.Set;

/**
 * Organizations said to have been left by a state in the passive: "l'organizzazione antijihadista
 * regionale già abbandonata dal Mali nel 2022", "the alliance, quit by Pakistan in 1979": who left
 * follows "by", what was left stands before the participle. {@link MembershipRule} calls it for
 * each sentence.
 */
final class PassiveLeavings {

  private PassiveLeavings() {}

  /** Cues of a measure: what was abandoned then is the measure, not the organization before it. */
  private static final Set<String> MEASURES = Set.of("sanction", "impose", "treaty", "sign", "ratify", "lift");
  private static final Set<String> STATES = Set.of(Entity.STATE);

  /** Relates the states after "by" as having left the organization named just before the participle. */
  static void read(SentenceView s, ArticleContext ctx) {
    if (!s.hasAny("leave", "abandon") || !s.has("by")) return;         // most sentences: no walk over their cues
    for (Cues.Hit h : s.cues) {
      // "left by", "quittée par"; also "abandoned by", "abbandonata dal" (abandoning is leaving only with an organization before it)
      if (!h.category().equals("leave") && !h.category().equals("abandon")) continue;
      if (h.to() >= s.to || !s.covered(h.to(), "by") || Modality.notAFact(s, h)) continue;
      Cues.Hit by = s.firstAfter(h, "by", 1);
      if (by == null) continue;
      List<Mention> leavers = Mentions.listAfter(s, by.to(), 1, STATES);
      Mention org = organizationBefore(s, h);
      if (leavers.isEmpty() || org == null) continue;
      // not "the sanctions imposed by the EU were abandoned by Britain": no measure of the organization's, it is what was left
      if (measureBetween(s, Math.max(s.from, org.from() - 4), h.from())) continue;
      for (Mention m : leavers) {
        ctx.relate(s, Relation.MEMBER_OF, m.id(), org.id(), Relation.ENDED, s.dateNear(h.from()), "passive-leaving", s.words(h.from(), by.to()));
      }
    }
  }

  private static boolean measureBetween(SentenceView s, int from, int to) {
    for (Cues.Hit c : s.cues) {
      if (c.from() >= from && c.from() < to && MEASURES.contains(c.category())) return true;
    }
    return false;
  }

  /** The organization the participle describes: the nearest one before it, past at most an apposition and an adverb. */
  private static Mention organizationBefore(SentenceView s, Cues.Hit h) {
    Mention best = null;
    for (Mention m : s.mentions) {
      if (m.isOrganization() && m.to() <= h.from() && h.from() - m.to() <= 8) best = m;
      else if (best != null && (m.isState() || m.isOrganization()) && m.from() >= best.to() && m.to() <= h.from()) best = null;   // another name between: not this one
    }
    return best;
  }
}
