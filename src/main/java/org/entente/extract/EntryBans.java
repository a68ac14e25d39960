package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry and travel bans on a sitting leader read as sanctions: "Estonia, Latvia and Lithuania
 * banned President Alexander Lukashenko from entering their territory", "imposed a travel ban on
 * Lukashenko", "ein Einreiseverbot gegen Iwanischwili". Only leaders are targets: a ban on a
 * country's citizens is a migration measure, not a sanction on its government.
 * {@link SanctionRule} calls it for each sentence.
 */
final class EntryBans {

  private EntryBans() {}

  static void apply(SentenceView s, ArticleContext ctx) {
    for (Cues.Hit h : s.cues("entryban")) {
      if (Modality.notAFact(s, h)) continue;
      boolean verb = s.covered(h.from(), "enterfrom");      // "banned X from entering": the leader stands before, after a ban verb
      if (verb && !bannedBefore(s, h)) continue;
      List<Mention> leaders = new ArrayList<>();
      for (Mention m : s.mentions) {
        if (!m.kind().equals(Entity.LEADER) || ctx.leaderState(m.id()) == null) continue;
        boolean before = m.to() <= h.from() && h.from() - m.to() <= 12;
        // "prohibió la entrada en su territorio al presidente de EE.UU., Joe Biden": the name after the comma that closes his office
        boolean titled = s.near(m.from(), 5, 0, "title", "presidentword")
            && !s.near(h.to(), 0, Math.max(0, m.from() - h.to()), "aide");   // not "gegen Verantwortliche der Regierung von Präsident X"
        boolean after = m.from() >= h.to() && m.from() - h.to() <= (titled ? 10 : 6) && (titled || !s.commaBetween(h.to() - 1, m.from()));
        if (verb ? before : after) leaders.add(m);
      }
      if (leaders.isEmpty()) continue;
      List<String> sources = new ArrayList<>();
      int at = leaders.get(0).from() < h.from() ? leaders.get(0).from() : h.from();
      Mention antecedent = antecedentRightBefore(s, at);     // "coordinated with the European Union, which barred Lukashenko"
      if (antecedent != null) sources.add(antecedent.id());
      else for (Mention m : Subjects.subjectBefore(s, at, 25)) {
        if (SanctionRule.SOURCES.contains(m.kind()) && !m.isAdjectival()) sources.add(m.id());
      }
      if (sources.isEmpty()) {
        String referent = Pronouns.subject(s, h, ctx);
        if (referent != null) sources.add(referent);
      }
      String status = s.near(h.from(), 6, 0, "lift") ? Relation.ENDED : Relation.ACTIVE;
      for (String src : sources) {
        for (Mention t : leaders) {
          if (src.equals(ctx.leaderState(t.id()))) continue;
          ctx.relate(s, Relation.SANCTIONS, src, t.id(), status, s.dateNear(h.from()), "entry-ban", s.words(h.from(), h.to()));
        }
      }
    }
  }

  /** A ban verb ("banned", "barred", "verbot") within twelve words before "from entering". */
  private static boolean bannedBefore(SentenceView s, Cues.Hit h) {
    for (Cues.Hit b : s.cues("banverb")) if (b.to() <= h.from() && h.from() - b.to() <= 12) return true;
    return false;
  }

  /** The actor a relative pronoun right before the ban's verb stands for: "the European Union, which barred". */
  private static Mention antecedentRightBefore(SentenceView s, int at) {
    for (Mention m : s.mentions) {
      if (!SanctionRule.SOURCES.contains(m.kind()) || m.isAdjectival() || m.to() >= at || at - m.to() > 3) continue;
      if (s.covered(m.to(), "relative") && s.commaBetween(m.to() - 1, m.to())) return m;
    }
    return null;
  }
}
