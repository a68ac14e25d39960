package org.entente.extract;

import java.util.List;
import java.util.Set;

/**
 * Members an organization's name is followed by, set apart in brackets or dashes: "the Group of
 * Seven - the United States, Japan, Germany, Britain, France, Italy and Canada - said", "les
 * Six (France, Allemagne, Italie ...)". The list stands for the organization, so its states are
 * its members.
 */
final class ApposedMembers {

  private ApposedMembers() {}

  static void read(SentenceView s, ArticleContext ctx) {
    for (Mention o : s.mentions) {
      if (!o.isOrganization() || o.to() >= s.to || o.id().equals("WEST")) continue;
      boolean bracket = s.markBetween(o.to() - 1, o.to(), "(");
      if (!bracket && !s.dashBetween(o.to() - 1, o.to())) {
        ofTheStates(s, ctx, o);
        continue;
      }
      List<Mention> states = Mentions.listAfter(s, o.to(), 1, Set.of(Entity.STATE));
      if (states.stream().anyMatch(Mention::isAdjectival)) continue;
      // the whole aside is the list: closed right after a state by the bracket or dash that opened it, or by the sentence's end
      // (not past it: "les six membres de l'Asean - Brunei, ..., la Thaïlande -, ainsi que par le Vietnam")
      int k = 0;
      while (k < states.size() && !closedAfter(s, states.get(k), bracket)) k++;
      if (k == states.size() || k < 1) continue;
      states = states.subList(0, k + 1);
      Mention last = states.get(k);
      if (otherNamesBetween(s, o.to(), last.to(), states.size())) continue;
      for (Mention m : states) {
        ctx.relate(s, Relation.MEMBER_OF, m.id(), o.id(), Relation.ACTIVE, null, "membership", s.words(o.from(), o.to()));
      }
    }
  }

  /**
   * "Таможенного союза России, Белоруссии и Казахстана", "the Customs Union of Russia, Belarus and
   * Kazakhstan": an organization of two or more states named right after it, in the genitive or after "of".
   */
  private static void ofTheStates(SentenceView s, ArticleContext ctx, Mention o) {
    // "не намерен вступать в Союзное государство России и Белоруссии": what another joins, spoken of by name only
    if (s.near(o.from(), 3, 0, "apply")) return;
    for (Cues.Hit j : s.cues("join")) if (j.to() <= o.from() && o.from() - j.to() <= 3 && Modality.notAFact(s, j)) return;
    int at = o.to();
    if (ctx.lang != Language.RU) {
      if (!s.covered(at, "of", "from")) return;
      at++;
    }
    if (s.markBetween(o.to() - 1, at, ",;:()")) return;
    List<Mention> states = Mentions.listAfter(s, at, 0, Set.of(Entity.STATE));
    if (states.size() < 2 || states.get(0).from() != at || states.stream().anyMatch(m -> m.isAdjectival() || m.isPossessive())) return;
    for (Mention m : states) ctx.relate(s, Relation.MEMBER_OF, m.id(), o.id(), Relation.ACTIVE, null, "membership", s.words(o.from(), o.to()));
  }

  private static boolean closedAfter(SentenceView s, Mention m, boolean bracket) {
    if (m.to() >= s.to) return true;
    if (bracket) return s.markBetween(m.to() - 1, m.to(), ")");
    String gap = s.textBetween(m.to() - 1, m.to());
    // ... or by a comma after the list's "and": "встреча лидеров БРИКС — Бразилии, России, Индии, Китая и ЮАР, также прошедшая в Уфе"
    boolean lastOfAList = m.from() > s.from && s.covered(m.from() - 1, "coord") && s.commaBetween(m.to() - 1, m.to());
    return s.dashBetween(m.to() - 1, m.to()) || gap.startsWith(" -") || lastOfAList;     // "la Thaïlande -, ainsi que"
  }

  /** Whether anything but the listed states is named within tokens [from, to): not "the Quartet - the US, the EU, the UN and Russia -". */
  private static boolean otherNamesBetween(SentenceView s, int from, int to, int listed) {
    int n = 0;
    for (Mention m : s.mentions) if (m.from() >= from && m.to() <= to) n++;
    return n != listed;
  }
}
