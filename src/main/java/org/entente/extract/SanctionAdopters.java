package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Those who adopt or follow another's sanctions impose them too: "Switzerland adopted the EU's
 * sanctions", "joining the European Union and Britain in targeting him".
 */
final class SanctionAdopters {

  private SanctionAdopters() {}

  /** A negation or modal within four words before, in the same clause: not "Норвегия и Исландия, не входящие в Евросоюз, присоединились". */
  private static boolean deniedRightBefore(SentenceView s, Cues.Hit a) {
    for (Cues.Hit n : s.cues) {
      boolean denial = n.category().equals("negation") || n.category().equals("modal");
      if (denial && n.from() >= a.from() - 4 && n.from() < a.from() && !s.commaBetween(n.from(), a.from())) return true;
    }
    return false;
  }

  /**
   * "La Svizzera ha adottato le sanzioni dell'Unione europea", "Switzerland joined the EU's
   * sanctions": the subject that adopts another's sanctions imposes them too.
   */
  static List<Mention> adopters(SentenceView s, Cues.Hit h, List<Mention> sources, Language lang) {
    boolean german = lang == Language.DE;
    for (Cues.Hit a : s.cues("adopt")) {
      // "К ограничительным мерам ЕС против России присоединились также Норвегия и Исландия": Russian names them after the verb
      if (lang == Language.RU && a.from() >= h.to() && a.from() - h.to() <= 8 && !s.commaBetween(h.to() - 1, a.from()) && !deniedRightBefore(s, a)) {
        List<Mention> after = new ArrayList<>();
        for (Mention m : Mentions.listAfter(s, a.to(), 2, java.util.Set.of(Entity.STATE))) if (!sources.contains(m)) after.add(m);
        if (!after.isEmpty()) return after;
      }
      boolean before = a.to() <= h.from() && h.from() - a.to() <= 8;
      boolean last = german && a.from() >= h.to() && a.from() - h.to() <= 8;   // "hat das Sanktionspaket der EU ... übernommen"
      if (!(before || last) || deniedRightBefore(s, a)) continue;
      List<Mention> out = new ArrayList<>();
      int at = before ? a.from() : h.from();
      if (!before) for (Mention m : sources) if (m.to() <= at && at - m.to() <= 1) at = Math.min(at, m.from());   // "die jüngsten EU-Sanktionen ... übernommen"
      for (Mention m : Subjects.subjectBefore(s, at, 12)) if (!sources.contains(m) && !SanctionedPeople.modifiesAPerson(s, m)) out.add(m);
      return out;
    }
    return List.of();
  }

  /**
   * "imposed sanctions on Putin, joining the European Union and Britain in targeting him", "hat
   * Putins Vermögen eingefroren und folgt damit den USA und der EU": those the acting state follows,
   * in a second predicate after the measure, had imposed the same measure.
   */
  static List<Mention> followed(SentenceView s, Cues.Hit h) {
    List<Mention> likened = likewise(s, h);
    if (!likened.isEmpty()) return likened;
    for (Cues.Hit i : s.cues("inline")) {          // "en línea con las medidas adoptadas por la Unión Europea"
      if (i.from() < h.to() || i.from() - h.to() > 20 || s.near(i.from(), 3, 0, "negation", "modal")) continue;
      for (Cues.Hit b : s.cues("by")) {
        if (b.from() > i.to() && b.from() - i.to() <= 5) return Mentions.listAfter(s, b.to(), 2, SanctionRule.SOURCES);
      }
    }
    for (Cues.Hit a : s.cues("adopt")) {
      if (a.from() < h.to() || a.from() - h.to() > 20 || s.covered(a.from(), "sanction")) continue;
      boolean secondPredicate = s.commaBetween(h.to() - 1, a.from()) || s.covered(a.from() - 1, "coord");
      if (!secondPredicate || s.near(a.from(), 3, 0, "negation", "modal")) return List.of();
      List<Mention> out = new ArrayList<>();
      for (Mention m : Mentions.listAfter(s, a.to(), 2, SanctionRule.SOURCES)) if (!SanctionedPeople.modifiesAPerson(s, m)) out.add(m);
      return out;
    }
    return List.of();
  }

  /**
   * "imposed sanctions on Russia in February 2022, as did the European Union", "как и Евросоюз,
   * заморозивший их активы": a closing comparison after a comma names another actor who did the
   * same; only articles may stand between the comparison and the names.
   */
  private static List<Mention> likewise(SentenceView s, Cues.Hit h) {
    for (Cues.Hit c : s.cues("likewise")) {
      if (c.from() < h.to() || c.from() - h.to() > 20 || !s.commaBetween(c.from() - 1, c.from())) continue;
      // the sanctions' own clause: no comma before the comparison's ("auraient souhaité un texte plus sévère, tout comme Israël" likens the wish)
      if (c.from() - 1 > h.to() && s.commaBetween(h.to() - 1, c.from() - 1)) continue;
      int at = c.to();
      while (at < s.to && s.covered(at, "det", "thedef")) at++;
      List<Mention> out = new ArrayList<>();
      for (Mention m : Mentions.listAfter(s, at, 0, SanctionRule.SOURCES)) if (!m.kind().equals(Entity.LEADER)) out.add(m);
      if (!out.isEmpty() && out.get(0).from() == at) return out;
    }
    return List.of();
  }
}
