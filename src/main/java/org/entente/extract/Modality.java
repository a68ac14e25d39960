package org.entente.extract;

/**
 * Whether a cue states a fact or only a denial, threat, plan or opinion about one: the negations,
 * modals and denials around it in its sentence, read the same way by every rule.
 */
final class Modality {

  private Modality() {
  }

  /** "is considered a key ally", "considérée comme membre": the modal's word says how others see an ally or member. */
  private static boolean regardedAs(SentenceView s, Cues.Hit modal, Cues.Hit h) {
    if (!h.category().equals("ally") && !h.category().equals("member")) return false;
    for (Cues.Hit r : s.cues("regarded")) {
      if (r.from() > modal.from() || r.to() < modal.to() || r.to() > h.from() || h.from() - r.to() > 3) continue;
      if (r.to() == h.from() || s.covered(r.to(), "det", "indefinite")) return true;
    }
    return false;
  }

  /**
   * Whether the cue is denied, threatened, proposed or otherwise not a fact: a negation up to six
   * words before it in the same clause, or a modal word from ten before to six after, not counting
   * the words of the cue itself ("if attacked"). A modal after the cue and past a comma belongs
   * to another clause ("Turkey, a NATO member, blocked...").
   */
  static boolean notAFact(SentenceView s, Cues.Hit h) {
    return notAFact(s, h, false);
  }

  /**
   * Like {@link #notAFact(SentenceView, Cues.Hit)}; with {@code described}, the cue describes states ("NATO
   * members Hungary and Slovakia opposed...", "die beiden NATO-Mitglieder wollen..."), so a modal
   * after it is theirs, not the description's.
   */
  static boolean notAFact(SentenceView s, Cues.Hit h, boolean described) {
    return notAFact(s, h, described, false);
  }

  /**
   * Like {@link #notAFact(SentenceView, Cues.Hit, boolean)}; with {@code conditional}, a condition after the cue,
   * or before a cue that names an attack, is its content ("assistance to each other if either is
   * attacked"), not a doubt about it.
   */
  static boolean notAFact(SentenceView s, Cues.Hit h, boolean described, boolean conditional) {
    if (modalsInfinitive(s, h) || secondInfinitive(s, h)) return true;
    for (Cues.Hit c : s.cues) {
      // a modal on the cue's own word is its future tense ("abandonará", "ingresará"): a plan, not a fact
      boolean elidedOnCue = c.from() == h.from() && c.to() == c.from();        // "n'adhère": the elided "ne" on the cue's own word
      if (c.from() >= h.from() && c.from() < h.to() && !(c.category().equals("modal") && c.from() == h.from()) && !elidedOnCue) continue;
      // a condition before an attack is the clause itself: "if one of the parties is subjected to aggression"
      if (conditional && (c.from() >= h.to() || namesAnAttack(s, h)) && s.covered(c.from(), "condition")) continue;
      if (conditional && namesAnAttack(s, h) && s.covered(c.from(), "deem")) continue;   // "shall be considered an attack against all"
      // "an attack on either would be treated as an attack on both": the clause's own verb, a pledge
      if (conditional && namesAnAttack(s, h) && c.category().equals("modal") && c.from() >= h.to() && c.from() - h.to() <= 3 && s.near(c.to(), 0, 3, "deem")) continue;
      if (c.category().equals("modal") && regardedAs(s, c, h)) continue;             // "è considerato un alleato chiave"
      if (c.category().equals("modal") && asExpected(s, c)) continue;
      if (c.category().equals("negation") && elidedOnCue && h.to() - h.from() == 1) return true;   // not "n'est plus membre", a cue of its own
      // "le nouveau ne contient pas l'obligation d'aider en cas d'attaque"; not "Nessuna novità: Washington mantiene le sanzioni"
      if (c.category().equals("negation") && c.from() >= h.from() - 10 && c.from() < h.from()
          && !s.markBetween(c.from(), h.from(), ",;:")
          && !s.clauseIn(c.from() + 1, h.from()) && !restrictive(s, c)) return true;
      // a described membership ("Франции, входящих в НАТО") is not under a modal of the clause it stands in
      // a modal after the cue and after "and" is the next clause's: "a quitté la Cédéao en 2000 et souhaite s'en rapprocher"
      // (not past a colon or semicolon: "Officials must untangle overlapping commitments: Kenya and Uganda belong to ...")
      if (c.category().equals("modal") && c.from() >= h.from() - 10 && c.from() < h.from() + 6 && !s.pastComma(h, c.from())
          && !(c.to() <= h.from() && (s.markBetween(c.to() - 1, h.from(), ":;") || clauseJoinedBetween(s, c.to(), h.from())))
          && !(c.from() >= h.to() && s.near(h.to(), 0, c.from() - h.to(), "coord"))
          && !(c.to() <= h.from() && inClosedRelative(s, c, h.from()))
          && !(c.to() <= h.from() && afterBetween(s, c.to(), h.from()))      // "is expected to dominate ... after China signed": a fact
          && !(c.from() >= h.to() && c.to() < s.to && s.covered(c.to(), "relative"))      // "al considerar que...": an opinion given as the reason
          && !(c.from() >= h.to() && c.from() - h.to() <= 2 && s.near(h.to(), 0, c.from() - h.to(), "relative"))   // "una dichiarazione che dovrebbe": what it is for
          && !(described && c.from() >= h.to()) && !(described && c.from() < h.from() && describesStateBefore(s, h))) return true;
      // "Une adhésion de la Géorgie à l'OTAN pourrait provoquer ...": the cue's phrase is the modal's subject
      if (c.category().equals("modal") && c.from() >= h.from() + 6 && c.from() - h.to() <= 10 && !described
          && !s.tokens.get(c.from()).capitalized() && onlyNamesBetween(s, h.to(), c.from())) return true;
      // "auf der ein gemeinsamer Beistandspakt mit einem einheitlichen Oberkommando beschlossen werden soll": a passive
      // infinitive and its modal close the German clause, however far from the cue
      if (c.category().equals("finalmodal") && c.from() >= h.to() && c.from() - h.to() <= 12 && !s.pastComma(h, c.from())) return true;
      // "Une adhésion de la Géorgie à l'Otan « n'est pas à l'ordre du jour »": the cue, a noun after its article, is what the verb denies
      // (a membership's noun only: "les sanctions occidentales n'avaient pas empêché l'économie" denies another verb's object)
      if (c.category().equals("negation") && (h.category().equals("join") || h.category().equals("member")) && !s.covered(c.from(), "except")
          && c.from() >= h.to() && c.from() - h.to() <= 10 && !described && h.from() > s.from
          && s.covered(h.from() - 1, "det", "thedef") && onlyNamesBetween(s, h.to(), c.from())) return true;
      // "aguarda el visto bueno del Senado de Brasil para convertirse en miembro pleno": an aim, not yet a fact
      if (c.category().equals("purpose") && c.to() <= h.from() && h.from() - c.to() <= 4) return true;
      // "Camboya negó que la ampliación de la base ... suponga una alianza": a denial governs its whole "que" clause
      // ... also past a day: "negó hoy que el memorando ... suponga una alianza militar"
      if (c.category().equals("deny") && c.to() < h.from() && h.from() - c.to() <= 25 && s.covered(pastADay(s, c.to()), "relative", "clause")
          && !s.markBetween(c.from(), h.from(), ";:") && !s.clauseIn(c.to() + 1, h.from()) && !described) return true;
    }
    return false;
  }

  /**
   * German puts what is planned, asked or offered in an infinitive clause after a comma: "lud die
   * Präsidenten ein, in Washington ein Abkommen zu unterzeichnen". The cue's verb right after "zu",
   * with a modal before that comma, is no fact.
   */
  private static boolean modalsInfinitive(SentenceView s, Cues.Hit h) {
    return h.from() > s.from && s.covered(h.from() - 1, "infinitive") && modalBeforeItsComma(s, h.from(), 20);
  }

  /**
   * Whether "after" opens a clause with a subject of its own between a modal and the cue: what
   * happened before the modal's time is a fact ("after China signed"; not "after consulting the members").
   */
  private static boolean afterBetween(SentenceView s, int from, int to) {
    for (Cues.Hit a : s.cues("afterwards")) {
      if (a.from() < from || a.to() > to || to - a.to() > 4) continue;
      for (Mention m : s.mentions) if (m.isActor() && m.from() >= a.to() && m.to() <= to) return true;
    }
    return false;
  }

  /**
   * Whether the modal stands in a relative clause set off by commas that closes before {@code at}:
   * "Norway, which voted against joining the EU, belongs to NATO" states the belonging.
   */
  private static boolean inClosedRelative(SentenceView s, Cues.Hit modal, int at) {
    int r = modal.from() - 1;
    while (r > s.from && modal.from() - r <= 4 && !s.covered(r, "relative")) r--;
    if (r <= s.from || !s.covered(r, "relative") || !s.commaBetween(r - 1, r) || s.commaBetween(r, modal.from())) return false;
    return s.commaBetween(modal.to() - 1, at);
  }

  /** Whether a modal ends at most {@code reach} words before token {@code at}, a comma between: the clause it governs follows. */
  static boolean modalBeforeItsComma(SentenceView s, int at, int reach) {
    for (Cues.Hit c : s.cues("modal")) if (c.to() <= at && at - c.to() <= reach && s.commaBetween(c.from(), at)) return true;
    return false;
  }

  /** ", as expected,", ", como se esperaba,", ", comme prévu,": a plan that came true, set off by a comma, no doubt on the act. */
  private static boolean asExpected(SentenceView s, Cues.Hit modal) {
    for (int a = modal.from() - 1; a >= s.from && modal.from() - a <= 2; a--) {
      if (s.covered(a, "aslike")) return a > s.from && s.commaBetween(a - 1, a) && (a == modal.from() - 1 || s.tokens.get(a + 1).surface().length() <= 2);
    }
    return false;
  }

  /**
   * Whether a negation word is the first half of a restriction, which affirms: "ne regroupe
   * désormais plus que la Mauritanie, le Burkina Faso..." ("now only groups"), with no other
   * negation word before its "que".
   */
  private static boolean restrictive(SentenceView s, Cues.Hit negation) {
    if (s.covered(negation.from(), "except")) return false;      // "sans qu'il soit question d'alliance": "without", no restriction
    for (Cues.Hit r : s.cues("restrictive")) {
      if (r.from() <= negation.from() || r.from() - negation.to() > 6) continue;
      for (Cues.Hit n : s.cues("negation")) if (n.from() > negation.from() && n.from() < r.from()) return false;
      return true;
    }
    return false;
  }

  /** Whether token {@code at} is the "que" that closes a restriction ("ne regroupe plus que"), no relative pronoun. */
  static boolean closesRestriction(SentenceView s, int at) {
    if (!s.covered(at, "restrictive")) return false;
    for (Cues.Hit n : s.cues("negation")) {
      if (n.from() < at && at - n.to() <= 6 && restrictive(s, n)) return true;
    }
    return false;
  }

  private static boolean namesAnAttack(SentenceView s, Cues.Hit h) {
    for (int i = h.from(); i < h.to(); i++) if (s.covered(i, "attack")) return true;
    return false;
  }

  /** Whether the cue opens a phrase right after a state and its comma: "Великобритании и Франции, входящих в НАТО". */
  private static boolean describesStateBefore(SentenceView s, Cues.Hit h) {
    // "in Belarus, its closest ally": a few lower-case words may open the apposition
    for (Mention m : s.mentions) {
      if (!m.isState() || m.to() > h.from() || h.from() - m.to() > 3 || m.to() >= s.to || !s.commaBetween(m.to() - 1, m.to())) continue;
      boolean plain = true;
      for (int i = m.to(); i < h.from(); i++) plain &= !s.tokens.get(i).capitalized() && !s.commaBetween(i, i + 1);
      if (plain) return true;
    }
    return false;
  }

  /** Whether only names and short function words stand in [from, to): "de la Géorgie à l'OTAN", "della Finlandia alla Nato". */
  private static boolean onlyNamesBetween(SentenceView s, int from, int to) {
    if (s.markBetween(from - 1, to, ",;:") || s.near(from, 0, to - from, "coord")) return false;
    for (int i = from; i < to; i++) {
      Token t = s.tokens.get(i);
      if (!s.inMention(i) && (t.surface().length() > 5 || t.capitalized())) return false;
    }
    return true;
  }

  /** The token after {@code i} when {@code i} is a day ("negó hoy que"), else {@code i}. */
  private static int pastADay(SentenceView s, int i) {
    return i + 1 < s.to && s.inDay(i) ? i + 1 : i;
  }

  /** Whether ", and" opens a clause of its own in (from, to]: "Es wird verhandelt, und das Waffenembargo ... gilt bis heute". */
  private static boolean clauseJoinedBetween(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) if (s.commaAndAt(i) && !s.covered(i + 1, "modal", "want")) return true;
    // "voted against joining the EU, but belongs to NATO", "ist nicht Mitglied der EU, gehört aber der Efta an"
    for (int i = Math.max(from, s.from + 1); i < to; i++) {
      if (s.commaBetween(i - 1, i) && (s.covered(i, "butclause") || i + 1 < to && s.covered(i + 1, "butclause"))) return true;
    }
    return false;
  }

  /**
   * "ont appelé mercredi la Commission à suspendre l'accord d'association avec Israël et à imposer
   * des sanctions": an infinitive joined by "and to" right before the cue is under the modal that
   * governs the first one, however far back in the clause.
   */
  private static boolean secondInfinitive(SentenceView s, Cues.Hit h) {
    int and = -1;
    for (int k = Math.max(s.from, h.from() - 4); k + 1 < h.from(); k++) if (s.covered(k, "coord") && s.covered(k + 1, "dative")) and = k;
    if (and < 0) return false;
    for (Cues.Hit c : s.cues("modal")) {
      if (c.to() <= and && and - c.to() <= 25 && !s.markBetween(c.to() - 1, and, ",;:")) return true;
    }
    return false;
  }
}
