package org.entente.extract;

/**
 * A second clause that repeats a joining or a leaving with a pro-verb: "Canada joined the OAS in 1990, while
 * Belize and Guyana did so a year later", "mientras que Belice y Guyana lo hicieron un año
 * después". The states before the pro-verb joined the organization the first clause joined.
 * {@link MembershipRule} calls it for each sentence.
 */
final class DidSo {

  private DidSo() {}

  /** Relates the subjects of each "did so" as members of what the joining before it joined. */
  static void read(SentenceView s, ArticleContext ctx) {
    if (!s.has("didso") || !s.has("join") && !s.has("leave")) return;
    for (Cues.Hit d : s.cues("didso")) {
      // "l'a fait", not "a fait savoir": the French pro-verb holds its elided object
      if (ctx.lang == Language.FR && d.to() - d.from() == 2 && !s.elidedOnto(d.from(), "elidedthedef")) continue;
      // "withdrew from UNESCO at the end of 1984, and Britain followed suit a year later": a leaving repeated ends too
      Cues.Hit joined = joiningBefore(s, d, "join");
      Cues.Hit leave = joiningBefore(s, d, "leave");
      boolean left = leave != null && (joined == null || leave.from() > joined.from());
      Cues.Hit join = left ? leave : joined;
      if (join == null || Modality.notAFact(s, join) || Modality.notAFact(s, d) || s.near(d.from(), 4, 0, "negation")) continue;
      // the joining's own organization, right after it ("ingresó en la Organización de los Estados Americanos")
      Mention org = MembershipOrganizations.organizationRightAfter(s, join);
      if (org == null || org.to() > d.from()) continue;
      // another measure between is what was done again: "imposed sanctions ..., and Britain did so too"
      if (s.cues("sanction").stream().anyMatch(c -> c.from() > join.to() && c.to() <= d.from())) continue;
      for (Mention m : Subjects.statesBefore(s, d.from(), 8)) {
        if (m.from() < org.to() || m.isAdjectival()) continue;
        ctx.relate(s, Relation.MEMBER_OF, m.id(), org.id(), left ? Relation.ENDED : Relation.ACTIVE, s.dateNear(d.from()), "membership", s.words(d.from(), d.to()));
      }
    }
  }

  /** The last joining (or leaving) word at most 30 words before the pro-verb, or null. */
  private static Cues.Hit joiningBefore(SentenceView s, Cues.Hit d, String category) {
    Cues.Hit join = null;
    for (Cues.Hit j : s.cues(category)) if (j.to() <= d.from() && d.from() - j.to() <= 30) join = j;
    return join;
  }
}
