package org.entente.extract;

import java.util.List;

/**
 * Organizations an article says were dissolved ("das 1955 gegründete Bündnis ... formell
 * aufgelöst", "the bloc was disbanded"): the memberships it states of them have ended.
 * {@link MembershipRule} calls it for each sentence and at the end.
 */
final class Dissolutions {

  private Dissolutions() {}

  /** Notes the organization, or the word for it, that a dissolving verb closes in the same clause. */
  static void read(SentenceView s, ArticleContext ctx) {
    for (Cues.Hit h : s.cues("dissolved")) {
      if (Modality.notAFact(s, h)) continue;
      // German and Russian put the verb last: "mit dem das 1955 gegründete Bündnis nach 36 Jahren formell aufgelöst wird"
      int reach = ctx.lang == Language.DE || ctx.lang == Language.RU ? 8 : 4;
      String org = null;
      for (Mention m : s.mentions) {
        if (m.isOrganization() && m.to() <= h.from() && h.from() - m.to() <= reach && onlyWordsBetween(s, m.to(), h.from())) org = m.id();
      }
      for (Cues.Hit r : s.cues("orgref")) {
        if (org == null && r.to() <= h.from() && h.from() - r.to() <= reach && onlyWordsBetween(s, r.to(), h.from())) org = ctx.referredOrganization(s);
        if (org == null && subjectAcrossARelative(s, r, h)) org = ctx.referredOrganization(s);
      }
      if (org != null) ctx.dissolved.add(org);
    }
    // "до роспуска Совета экономической взаимопомощи", "after the dissolution of the Warsaw Pact": the noun, its organization after it
    for (Cues.Hit h : s.cues("dissolution")) {
      if (Modality.notAFact(s, h)) continue;
      for (Mention m : s.mentions) {
        if (m.isOrganization() && m.from() >= h.to() && m.from() - h.to() <= 2 && onlyWordsBetween(s, h.to(), m.from())) ctx.dissolved.add(m.id());
      }
    }
  }

  /**
   * "Cette organisation, dont la Thaïlande et les États-Unis étaient membres ..., a été dissoute": the
   * word for the organization opens the sentence, a clause set off by commas follows it, and the
   * verb comes right after the closing comma.
   */
  private static boolean subjectAcrossARelative(SentenceView s, Cues.Hit r, Cues.Hit h) {
    if (r.from() - s.from > 1 || r.to() >= h.from() || !s.commaBetween(r.to() - 1, r.to())) return false;
    for (int i = h.from(); i > r.to() && h.from() - i <= 2; i--) if (s.commaBetween(i - 1, i)) return true;
    return false;
  }

  /** No name and no comma in [from, to): not "the EU said the Ukrainian parliament was dissolved". */
  private static boolean onlyWordsBetween(SentenceView s, int from, int to) {
    if (from < to && s.commaBetween(from - 1, to)) return false;
    for (Mention m : s.mentions) if (m.from() >= from && m.to() <= to) return false;
    return true;
  }

  /** Ends the active memberships of dissolved organizations. */
  static void finish(ArticleContext ctx) {
    if (ctx.dissolved.isEmpty()) return;
    for (Relation r : List.copyOf(ctx.relations.values())) {
      if (!r.type().equals(Relation.MEMBER_OF) || !r.status().equals(Relation.ACTIVE) || !ctx.dissolved.contains(r.target())) continue;
      ctx.relations.put(r.key(), new Relation(r.type(), r.source(), r.target(), Relation.ENDED, r.date(), r.evidence(), r.start(), r.end(),
          r.rule(), r.words()));
    }
  }
}
