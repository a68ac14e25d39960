package org.entente.extract;

import java.util.List;

/**
 * The sentence's first subject, the actor that imposes or lifts sanctions when no nearer word
 * names one ("МИД России внес X в стоп-лист", "The Russian president imposed ...").
 */
final class FirstSubjects {

  private FirstSubjects() {}

  /**
   * The first actors of the sentence before the cue that are not the object of a preposition; or
   * those opening the cue's own clause after a comma ("Die EU hat ein Embargo verhängt, die USA
   * haben Assad auf ihre Sanktionsliste gesetzt").
   */
  static List<Mention> of(SentenceView s, Cues.Hit h) {
    List<Mention> found = List.of();
    for (List<Mention> chain : Mentions.chains(s, Mention::isActor)) {
      Mention first = chain.get(0);
      if (first.to() > h.from()) break;
      if (s.inDateline(first)) continue;               // "LOME, 19 fév 2005 (AFP) - La Cédéao a ..."
      Mention last = chain.get(chain.size() - 1);       // "Togo : la Cédéao suspend Lomé...": a label before a colon
      if (last.to() < s.to && s.colonBetween(last.to() - 1, last.to())) continue;
      // "Das Finanzministerium in Washington setzte ...": the ministry in a capital opening the sentence is its government
      boolean ministryIn = first.from() >= s.from + 2 && s.covered(first.from() - 1, "venue") && s.covered(first.from() - 2, "officials")
          && SanctionRule.opensBefore(s, first.from() - 2);
      boolean ofAPerson = Mentions.modifiesAPerson(s, first) || s.near(first.from(), 1, 0, "title");
      if (Mentions.objectOfPreposition(s, first) && !ministryIn || ofAPerson && !officeActs(s, first)) continue;
      if (found.isEmpty()) found = chain;
      else if (opensAClause(s, first) && verbAfter(s, last) && !s.commaBetween(last.to() - 1, h.from())) return chain;
      // "Russia imposed sanctions on Ukraine, while the U.S. Treasury added Kim Jong Un to its sanctions list": the clause's own subject
      else if (s.near(first.from(), 2, 0, "clause") && !s.clauseIn(last.to(), h.from())) return chain;
    }
    return found;
  }

  /**
   * "The Russian president imposed", "Президент России ввёл": the office with no name after it is
   * the subject, and its state acts; not "Russian President Putin", whose name the rules read.
   */
  static boolean officeActs(SentenceView s, Mention m) {
    int next = m.to();
    if (m.isAdjectival()) {
      next = -1;
      for (Cues.Hit t : s.cues("title")) if (t.from() >= m.to() && t.from() - m.to() <= 1) next = t.to();
    }
    if (next < 0 || next >= s.to || s.tokens.get(next).capitalized() || s.inMention(next)) return false;
    return !s.covered(next, "from", "det", "thedef", "coord");   // not "the Russian president of the council", "президент России и Франции"
  }

  /** Whether a plain lower-case word, a verb, follows the mention: "die USA haben", not "Russland mit Sanktionen zu belegen". */
  private static boolean verbAfter(SentenceView s, Mention m) {
    if (m.to() >= s.to) return false;
    String w = s.tokens.get(m.to()).surface();
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !s.covered(m.to(), "with", "on", "against", "from", "to", "det", "thedef", "sanction", "by", "venue");
  }

  /** Whether a mention opens a clause after a comma or semicolon, an article at most before it. */
  private static boolean opensAClause(SentenceView s, Mention m) {
    int i = m.from();
    while (i > s.from && s.covered(i - 1, "det", "thedef")) i--;
    return i > s.from && (s.commaBetween(i - 1, i) || s.semicolonBetween(i - 1, i)) && !s.covered(i, "relative");
  }
}
