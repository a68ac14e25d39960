package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether sanctions fall on a state or only on people and firms of it, and which leaders they
 * name: "sanctions on Russian banks" spare Russia, "Venezuelan President Nicolás Maduro" is the
 * target and Venezuela only says whose president he is.
 */
final class SanctionedPeople {

  private SanctionedPeople() {}

  /**
   * "les sanctions onusiennes contre des individus": sanctions whose "against" names people or
   * firms right after them have a target of their own, not the subject of the sentence.
   */
  static boolean onPeopleNamedAfter(SentenceView s, Cues.Hit h) {
    for (Cues.Hit a : s.cues("against")) {
      // (past the adjective or source that follows them: "les sanctions ciblées de l'ONU contre les individus")
      if (a.from() >= h.to() && a.from() - h.to() <= 5 && !s.pastComma(h, a.from()) && s.near(a.to(), 0, 3, "nonstate")) return true;
    }
    return false;
  }

  /** The leaders named after "including" a few words after the sanctions: "sancionó a 40 altos cargos, entre ellos el presidente Nicolás Maduro". */
  static List<Mention> leadersIncluded(SentenceView s, Cues.Hit h) {
    List<Mention> out = new ArrayList<>();
    for (Cues.Hit i : s.cues("including")) {
      if (i.from() < h.to() || i.from() - h.to() > 10) continue;
      for (Mention m : s.mentions) {
        if (m.kind().equals(Entity.LEADER) && m.from() >= i.to() && m.from() - i.to() <= 4) out.add(m);
      }
      break;
    }
    return out;
  }

  /** "sanctions on Russian banks", "sanctions against officials of Iran": not the state itself. */
  static boolean onlyPeopleOrCompanies(SentenceView s, Mention t) {
    if (t.kind().equals(Entity.LEADER)) return false;
    boolean modifier = t.isAdjectival() || t.isPossessive();               // "Sudan's central bank"
    if (modifier && peopleAfter(s, t.to())) return true;
    // "40 Belarus officials", "Iran oil companies": a name that modifies the people or firms after it (two plain words between at most)
    for (int next = t.to(); next < Math.min(s.to, t.to() + 3); next++) {   // also "Myanmar military-owned conglomerates"
      if (s.covered(next, "nonstate") && SanctionSources.plainWordsBetween(s, t.to(), next)) return true;   // also "Iran Air"
    }
    for (Cues.Hit n : s.cues("nonstate")) {
      // not "on Russian banks and on Belarus": "and on" starts another target
      boolean another = s.covered(n.to(), "coord") && s.covered(n.to() + 1, "on", "against");
      if (namesASector(s, n)) continue;      // "банковского секторов Ирана": the banking sector, the state's
      if (n.from() >= t.from() - 3 && n.from() < t.from() && !another) return true;
    }
    return false;
  }

  /** Whether a word for firms only qualifies a sector after it: "banking sector", "банковского секторов". */
  private static boolean namesASector(SentenceView s, Cues.Hit n) {
    return n.to() < s.to && s.covered(n.to(), "sector");
  }

  /** Whether people or firms are named up to five words after {@code at} in its clause: "Russian state-owned banks", not "régimen sirio, dijeron funcionarios". */
  private static boolean peopleAfter(SentenceView s, int at) {
    for (Cues.Hit n : s.cues("nonstate")) {
      if (namesASector(s, n)) continue;     // "Iran's banking sector": the state's economy, no bank
      if (n.from() >= at && n.from() < at + 5) return !s.markBetween(at - 1, n.from(), ",;:");
    }
    return false;
  }

  /**
   * "Le président zimbabwéen et ses proches restent la cible de sanctions", "the Zimbabwean
   * president": a president named by his title and his state's adjective, with no name after,
   * is the head of state in office at the article's date. Null when the mention is no such phrase.
   */
  static String presidentNamedByTitle(SentenceView s, ArticleContext ctx, Mention t) {
    if (!t.isState() || !t.isAdjectival()) return null;
    boolean before = t.from() > s.from && s.covered(t.from() - 1, "presidentword");
    boolean after = t.to() < s.to && s.covered(t.to(), "presidentword");
    if (!before && !after) return null;
    for (Mention m : s.mentions) if (m.kind().equals(Entity.LEADER) && m.from() >= t.to() && m.from() - t.to() <= 3) return null;
    int next = after ? t.to() + 1 : t.to();
    if (next < s.to && s.tokens.get(next).capitalized()) return null;   // a name the table lacks follows
    return ctx.gazetteer.leaders().headOfStateAt(t.id(), ctx.reference);
  }

  /** An English demonym in the plural names people: "Saudis", "Russians" (not "Swiss", not "Russia's"). */
  static boolean peopleOf(Mention t) {
    String w = t.surface();
    return t.formType().equals(Form.DEMONYM) && w.endsWith("s") && !w.endsWith("ss") && !t.isPossessive();
  }

  /** A leader is a sanctions target only while in office, and never when called former. */
  static boolean sitting(SentenceView s, ArticleContext ctx, Mention t) {
    if (!t.kind().equals(Entity.LEADER)) return true;
    if (s.near(t.from(), 5, 0, "former")) return false;
    return ctx.gazetteer.leaders().get(t.id()) == null || ctx.leaderState(t.id()) != null;
  }

  /**
   * "Venezuelan President Nicolas Maduro", "президента Украины Виктора Януковича": the state says
   * whose leader it is; it is not a second target.
   */
  static boolean modifiesAPerson(SentenceView s, Mention m) {
    if (m.isState() && s.near(m.from(), 1, 0, "title")) return true;             // president of Ukraine (genitive)
    if (m.isState() && m.from() >= 2 && s.covered(m.from() - 1, "from", "det") && s.covered(m.from() - 2, "title", "former")) return true; // "presidente de Venezuela", "expresidente de Paraguay"
    // "gegen Simbabwes Präsidenten Robert Mugabe", "on Zimbabwe's President Robert Mugabe": a name before the title and the
    // person, after the preposition (not "US-Präsident Bill Clinton hat ... gelockert": the office of the one who acts)
    if (m.isState() && m.to() < s.to && s.covered(m.to(), "title") && (s.near(m.from(), 2, 0, "against", "on") || !SanctionRule.opensBefore(s, m.from()))) {
      for (Mention o : s.mentions) if (o.kind().equals(Entity.LEADER) && o.from() > m.to() && o.from() - m.to() <= 3) return true;
    }
    if (m.isState() && m.isPossessive()) {                 // "sanctions Sudan's army chief Abdel Fattah al-Burhan"
      for (Mention o : s.mentions) if (o.kind().equals(Entity.LEADER) && o.from() >= m.to() && o.from() - m.to() <= 3) return true;
    }
    if (!m.isAdjectival()) return false;
    if (s.near(m.to(), 0, 2, "title")) return true;
    for (Mention o : s.mentions) if (o.kind().equals(Entity.LEADER) && o.from() >= m.to() && o.from() - m.to() <= 3) return true;
    return false;
  }

  /** Whether a name after the sanctions is their target: not a state that only says whose leader a person is, unless the person is "the Syrian president" himself. */
  static boolean aTarget(SentenceView s, ArticleContext ctx, Mention m) {
    // "against a NATO ally": the organization only qualifies the ally
    if (m.isOrganization() && m.to() < s.to && s.covered(m.to(), "ally", "member", "partner") && !s.commaBetween(m.to() - 1, m.to())) return false;
    return !modifiesAPerson(s, m) || presidentNamedByTitle(s, ctx, m) != null;
  }

  /** The sitting leader right before the cue, a verb then ("Trump sanziona"), after the state named first. */
  static Mention leaderRightBefore(SentenceView s, ArticleContext ctx, int after, Cues.Hit h) {
    for (Mention m : s.mentions) {
      if (m.kind().equals(Entity.LEADER) && m.from() >= after && m.to() == h.from() && ctx.leaderState(m.id()) != null
          && !s.commaBetween(m.to() - 1, h.from())) return m;
    }
    return null;
  }

  /** Whether a sitting leader's name, with only titles and demonyms before it, opens the sentence: the subject of a passive. */
  static boolean leaderOpens(SentenceView s) {
    for (Mention m : s.mentions) {
      if (s.inDateline(m) || m.isAdjectival()) continue;
      // "Seit Februar 2022 steht auch Kremlchef Wladimir Putin auf der Sanktionsliste": the first name, past an opening adverbial
      if (m.kind().equals(Entity.LEADER)) return Mentions.onlyTitlesBefore(s, s.from, m) || !Mentions.objectOfPreposition(s, m) && !s.commaBetween(s.from, m.from());
      return false;
    }
    return false;
  }
}
