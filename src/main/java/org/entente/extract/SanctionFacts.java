package org.entente.extract;

/**
 * Whether a sanctions word states sanctions in force, lifted, or none at all: wanted, threatened,
 * denied or planned sanctions are no fact; "the sanctions remain in force" and "lifted" are.
 * {@link SanctionRule} asks it before reading who sanctions whom.
 */
final class SanctionFacts {

  private SanctionFacts() {}

  /**
   * "Teheran will nach der Aufhebung der westlichen Sanktionen ... zurückerobern": sanctions in a
   * circumstance phrase ("after the lifting of the sanctions") are a fact the modal before it does not touch.
   */
  static boolean inCircumstance(SentenceView s, Cues.Hit h) {
    for (Cues.Hit c : s.cues("circumstance")) {
      if (c.to() > h.from() || h.from() - c.to() > 4) continue;
      boolean plain = true;
      for (Cues.Hit m : s.cues) plain &= !(m.from() >= c.from() && m.from() < h.from() && (m.category().equals("modal") || m.category().equals("negation")));
      if (!plain) continue;
      for (Cues.Hit m : s.cues("modal")) if (m.to() <= c.from() && c.from() - m.to() <= 3) return true;   // the modal right before it
    }
    return false;
  }

  /**
   * "a Security Council resolution providing for sanctions", vetoed or rejected: sanctions (or an
   * admission) a document provides for stand or fall with it, so a veto, a draft or a rejection
   * before the document, in the same stretch of the clause, leaves them none.
   */
  static boolean inADocumentNotAdopted(SentenceView s, Cues.Hit h) {
    return inADocumentNotAdopted(s, h, 3);
  }

  /** Like {@link #inADocumentNotAdopted(SentenceView, Cues.Hit)}, the document up to {@code reach} words before the cue. */
  static boolean inADocumentNotAdopted(SentenceView s, Cues.Hit h, int reach) {
    for (Cues.Hit p : s.cues("provides")) {
      if (p.to() > h.from() || h.from() - p.to() > reach || s.commaBetween(p.from(), h.from())) continue;
      for (Cues.Hit m : s.cues("modal")) {
        if (m.to() <= p.from() && p.from() - m.to() <= 15 && !s.commaBetween(m.from(), p.from())) return true;
      }
    }
    return false;
  }

  /**
   * Whether a veto, threat or denial stands between the subject and the sanctions word in the same
   * stretch of the clause: not in "Switzerland, which is not an EU member, adopted...", where a
   * pair of commas encloses the aside that holds it.
   */
  static boolean deniedBetween(SentenceView s, int from, int to) {
    for (Cues.Hit c : s.cues) {
      if (c.from() < from || c.from() >= to) continue;
      boolean aside = s.commaBetween(from - 1, c.from()) && s.commaBetween(c.from(), to);   // not "Serbien weigerte sich, Sanktionen ... zu verhängen"
      if ((c.category().equals("modal") || c.category().equals("negation")) && !aside) return true;
    }
    return false;
  }

  /**
   * "Le sanzioni dell'Onu e quelle americane restano in vigore": sanctions said to stay in force
   * with no state named in the sentence are those on the state the article is about.
   */
  static boolean stillInForce(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) {
      // (but "U.S. trade and financial sanctions ... remain in force": the name that modifies them is their source)
      boolean modifier = m.to() <= h.from() && h.from() - m.to() <= 4 && !s.commaBetween(m.to() - 1, h.from()) && SanctionRule.opensBefore(s, m.from());
      boolean nextClause = m.from() >= h.to() && s.pastComma(h, m.from()) && s.near(m.from(), 2, 0, "coord");   // "..., and Sudan is still on the list"
      if (m.isState() && !m.isAdjectival() && !modifier && !nextClause) return false;
    }
    if (s.nearAfter(h, 4, "against", "on", "nonstate")) return false;       // "sanciones contra cuatro funcionarios": a target of its own
    return s.nearAfter(h, 10, "inforce", "extend") || s.near(h.from(), 6, 0, "inforce", "extend");
  }

  /**
   * "The EU wants to impose new sanctions", "Die EU will neue Sanktionen verhängen": sanctions
   * wanted are not yet imposed; wanting them kept, extended or lifted presupposes them.
   */
  static boolean wanted(SentenceView s, Cues.Hit h, Language lang) {
    boolean presupposed = SanctionSources.adjectiveSource(s, h, lang) != null;   // "veulent contrer les sanctions occidentales"
    for (Cues.Hit w : s.cues("want")) {
      if (!s.wantedBy(w, h)) continue;
      boolean kept = false;
      boolean imposed = false;
      for (Cues.Hit c : s.cues) {
        if (c.from() < w.to() || c.from() > h.to() + 4) continue;
        kept |= c.category().equals("extend") || c.category().equals("lift");
        imposed |= c.category().equals("impose") || c.category().equals("imposewith");
      }
      if (!kept && (imposed || !presupposed)) return true;
    }
    return false;
  }

  /**
   * "urged Western leaders on Saturday to stop appeasing Moscow and impose sanctions": a call's
   * infinitive clause, its verbs joined by "and", reaches further than the modal window; no
   * comma or new clause may stand between the call and the sanctions.
   */
  static boolean calledToAct(SentenceView s, Cues.Hit h) {
    for (Cues.Hit m : s.cues("modal")) {
      if (m.to() > h.from() || h.from() - m.to() > 16 || s.commaBetween(m.from(), h.from()) || s.semicolonBetween(m.from(), h.from())) continue;
      boolean infinitive = false;
      for (Cues.Hit t : s.cues("to")) {
        // "to stop appeasing", not "an end to the embargo": a verb, no article, follows an infinitive's "to"
        boolean verb = t.to() < h.from() && !s.covered(t.to(), "det", "thedef", "poss", "indefinite") && !s.inMention(t.to());
        infinitive |= t.from() > m.from() && t.to() <= h.from() && t.from() - m.to() <= 5 && verb;
      }
      if (infinitive && !s.near(h.from(), h.from() - m.to(), 0, "clause", "relative", "circumstance")) return true;
    }
    return false;
  }

  /**
   * "would breach U.N. sanctions on North Korea", "a resolution that would have tightened U.N.
   * sanctions on Pyongyang": sanctions named with their source and target are in force, whatever
   * the verb around them hypothesizes, unless that verb creates, lifts or threatens them ("could
   * impose EU sanctions on", "threatened new U.S. sanctions", "sanctions are being considered").
   */
  static boolean presupposed(SentenceView s, Cues.Hit h, Language lang) {
    Mention adjective = SanctionSources.adjectiveSource(s, h, lang);
    if (adjective == null && SanctionSources.fromRightAfter(s, h) == null) return imposedByAnAgent(s, h);
    if (s.firstAfter(h, "against", 6) == null && s.firstAfter(h, "on", 3) == null) return false;
    int start = adjective != null && adjective.to() <= h.from() ? adjective.from() : h.from();
    int before = start - 1;
    while (before > s.from && s.covered(before, "det")) before--;
    boolean joinedTo = before > s.from && s.covered(before - 1, "adopt", "join");                           // "se sumó a las sanciones"
    if (before >= s.from && !joinedTo && s.covered(before, "venue", "with", "by", "from", "on", "against")) return false; // "propusieron en la OEA sanciones"
    for (Cues.Hit c : s.cues) {
      if (c.from() >= h.from() && c.from() < h.to()) continue;
      // "declined to join Western sanctions against Russia": refusing to join others' sanctions presupposes them
      // "не присоединился к западным санкциям", "did not join Western sanctions": the same for a plain negation of joining
      boolean refusedToJoin = (s.covered(c.from(), "refuse") || c.category().equals("negation")) && c.to() < start
          && s.near(c.to(), 0, Math.min(4, start - c.to()), "adopt", "join");
      if (c.category().equals("negation") && c.from() >= start - 6 && c.from() < start && !refusedToJoin) return false;
      if (!c.category().equals("modal") || c.from() < h.from() - 10 || c.from() >= h.from() + 6 || s.pastComma(h, c.from())) continue;
      // "se niega a sumarse a las sanciones occidentales": the modal word of a refusal to join them
      if (s.covered(c.from(), "refuse") && c.to() < start && s.near(c.to(), 0, Math.min(4, start - c.to()), "adopt", "join")) continue;
      // "Belgrade would not join Western sanctions against Russia": an auxiliary before a denied joining, a refusal too
      boolean deniedJoining = s.covered(c.from(), "aux") && c.to() < start && s.near(c.to(), 0, 1, "negation")
          && s.near(c.to() + 1, 0, Math.min(3, start - c.to() - 1), "adopt", "join");
      if (deniedJoining) continue;
      if (c.from() >= h.to()) return false;
      // after an auxiliary ("would breach") the next word is the verb; after a verb ("threatened (new)") the phrase is its object
      boolean aux = s.covered(c.from(), "aux");
      if (!aux && start - c.to() <= 1) return false;
      if (aux && (start - c.to() < 1 || s.covered(c.to(), "modal"))) return false;
      for (int i = c.to(); i < h.from(); i++) if (s.covered(i, "impose", "create", "new", "sanction", "lift", "reimpose", "join")) return false;
      // "Polen fordert ein vollständiges Handelsembargo der EU gegen Belarus": a verb's indefinite object is wanted, not in force
      if (!aux && s.near(c.to(), 0, h.from() - c.to(), "indefinite")) return false;
    }
    return true;
  }

  /**
   * "exigir el fin del bloqueo económico impuesto por Estados Unidos a Cuba": a participle of
   * imposing right after the word, with its agent, says the sanctions are in force.
   */
  /** A lower-case word no mention or cue holds but a list's "and" or an adjective of trade: the measure's description. */
  private static boolean plainWord(SentenceView s, int i) {
    if (s.covered(i, "relative") || s.inMention(i) || s.tokens.get(i).capitalized()) return false;
    if (s.covered(i, "coord", "nondefence")) return true;
    if (s.inCue(i)) return false;
    return true;
  }

  private static boolean imposedByAnAgent(SentenceView s, Cues.Hit h) {
    // "pidió el fin del embargo que Estados Unidos mantiene contra Cuba": kept by an actor named in a relative clause right after
    // ... past the measure's adjectives: "el embargo económico, comercial y financiero que Estados Unidos mantiene"
    int rel = h.to();
    while (rel < s.to && rel - h.to() < 5 && plainWord(s, rel)) rel++;
    if (rel + 1 < s.to && s.covered(rel, "relative") && !s.commaBetween(rel - 1, rel)) {
      for (Mention m : s.mentions) {
        if (!m.isActor() || m.from() != rel + 1 && !(m.from() == rel + 2 && s.covered(rel + 1, "det", "thedef"))) continue;
        // (also "alle sanzioni che Bruxelles applica alla Russia": its "on")
        if (m.to() < s.to && s.covered(m.to(), "extend") && (s.firstAfter(h, "against", 8) != null || s.firstAfter(h, "on", 8) != null)) return true;
      }
    }
    for (Cues.Hit p : s.cues("impose")) {
      if (p.from() < h.to() || p.from() - h.to() > 1) continue;
      for (Cues.Hit b : s.cues("by")) {
        if (b.from() != p.to()) continue;
        for (Mention m : s.mentions) if (m.isActor() && m.from() >= b.to() && m.from() - b.to() <= 1) return true;
      }
    }
    return false;
  }

  static boolean lifted(SentenceView s, Cues.Hit h, boolean german) {
    for (Cues.Hit r : s.cues("reimpose")) {
      // not "ha revocato l'embargo ... e ripristinato la piena cooperazione militare": what is restored must be measures
      // ... nor "restoring full ties with Doha": an object of plain words
      boolean plainObject = r.to() + 1 < s.to && !s.inCue(r.to()) && !s.inMention(r.to()) && !s.tokens.get(r.to()).capitalized();
      boolean otherObject = r.to() < s.to && (s.covered(r.to(), "det", "thedef", "poss") || plainObject) && !s.near(r.to(), 0, 4, "sanction");
      if (r.from() >= h.from() - 10 && r.from() <= h.to() + 20 && !otherObject) return false;
    }
    if (s.near(h.from(), 4, 0, "ease")) return false;      // "ha allentato oggi le sanzioni ..., revocando il congelamento dei beni per otto esponenti"
    if (s.near(h.from(), 4, 0, "partial")) return false;   // "lifted part of the unilateral sanctions it imposes": the rest stay
    if (s.near(h.from(), 3, 0, "extend")) return false;    // "снял санкции с Лукашенко, сохранив эмбарго на поставки оружия": kept, not lifted
    // "a levé toutes ses sanctions contre la Birmanie, à l'exception de l'embargo sur les armes": some stay in force
    for (Cues.Hit e : s.cues("except")) {
      if (e.from() >= h.to() && e.from() - h.to() <= 12 && s.near(e.to(), 0, 4, "sanction")) return false;
      if (e.to() <= h.from() && h.from() - e.to() <= 3) return false;      // the embargo excepted is the one kept
    }
    int after = german ? 25 : 10;                                           // German puts "aufgehoben" last
    // "Sanctions imposed by the U.N. Security Council on Haiti in 1993 were lifted on Sunday": the
    // sanctions that open the sentence are its subject, their verb may come after a long phrase
    boolean subject = !german && SanctionRule.opensTheSentence(s, h);
    Cues.Hit passive = SanctionSources.theirPassiveVerb(s, h);       // "Les sanctions qui frappaient le Mali depuis janvier ont été levées par la Cédéao"
    if (passive != null && passive.category().equals("lift") && !s.near(passive.from(), 3, 0, "negation", "modal")) return true;
    for (Cues.Hit l : s.cues("lift")) {
      // "All sanctions that Russia had imposed ... were lifted": the relative clause right after them does not part them
      int from = l.from() > h.from() && s.covered(h.to(), "relative") ? h.to() + 1 : h.to();
      boolean far = subject && l.from() > h.to() + after && l.from() <= h.to() + 20 && !s.commaBetween(h.to() - 1, l.from())
          && !s.near(l.from(), l.from() - h.to(), 0, "modal", "circumstance", "negation", "sanction", "clause");
      int before = german ? 20 : 15;                       // "hob am 22. September 2001 die nach den Atomtests ... verhängten Sanktionen auf"
      boolean near = (far || l.from() >= h.from() - before && l.from() <= h.to() + after) && !s.clauseSeparates(l.from(), l.to(), h.from(), from);
      // "wants the lifting of U.N. sanctions": not lifted yet (but "will nach der Aufhebung der Sanktionen ..." was)
      boolean wanted = l.from() > s.from && (s.covered(l.from() - 1, "want") || l.from() > s.from + 1 && s.covered(l.from() - 1, "det", "thedef") && s.covered(l.from() - 2, "want"));
      wanted |= s.near(l.from(), 2, 0, "modal") || modalRightBefore(s, l) || s.near(l.from(), 4, 0, "provides");   // "demanded an end to the embargo imposed by", "che prevede la graduale revoca"
      wanted |= german && l.to() < s.to && s.covered(l.to(), "modal") && !s.commaBetween(l.to() - 1, l.to());   // "eine Aufhebung erwogen hatten": the verb comes last
      near |= l.to() <= h.from() && objectPastAnAside(s, l.to(), h.from());
      // "EU hebt Waffenembargo gegen Usbekistan auf – Strafmaßnahmen gegen Guinea": a dash opens another statement
      // (not a pair of them around an aside: "des sanctions — fermeture des frontières ... —, levées en octobre")
      near &= s.marksBetween(Math.min(l.from(), h.from()), Math.max(l.from(), h.from()), "–—") % 2 == 0;
      if (near && !s.near(l.from(), 4, 0, "negation") && !wanted && !liftsSomethingElse(s, h, l)) return true;
    }
    return liftedInTheirRelative(s, h);
  }

  /**
   * "La OEA levantó el 29 de julio de 1975, en una reunión de cancilleres en San José, las sanciones":
   * the verb's object after a date and an aside set off by commas, a few words each.
   */
  private static boolean objectPastAnAside(SentenceView s, int verbEnd, int object) {
    int first = -1, second = -1;
    for (int i = verbEnd; i < object; i++) {
      if (!s.commaBetween(i - 1, i) || s.inDate(i - 1) && s.inDate(i)) continue;   // not "July 29, 1975"
      if (first < 0) first = i;
      else if (second < 0) second = i;
      else return false;
    }
    return second > 0 && first - verbEnd <= 6 && second - first <= 14 && object - second <= 2 && !s.near(first, 0, 2, "relative", "clause");
  }

  /**
   * "verhängte Moskau Wirtschaftssanktionen gegen Ankara, die es ... wieder aufhob", "sanctions de la
   * Cédéao, dont la fermeture des frontières ..., qui ont été levées", "..., medidas que Washington
   * levantó": a relative clause after the sanctions, set off by a comma, whose verb lifts them.
   */
  private static boolean liftedInTheirRelative(SentenceView s, Cues.Hit h) {
    for (Cues.Hit r : s.cues) {
      if (!r.category().equals("relative") && !r.category().equals("relarticle")) continue;
      if (r.from() <= h.to() || r.from() - h.to() > 25 || s.markBetween(h.to() - 1, r.from(), ";:")) continue;
      boolean resumed = r.from() - 1 > h.to() && s.covered(r.from() - 1, "measures") && s.commaBetween(r.from() - 2, r.from() - 1);
      if (!s.commaBetween(r.from() - 1, r.from()) && !resumed) continue;
      int end = r.to();
      while (end < s.to && !s.commaBetween(end - 1, end)) end++;
      for (Cues.Hit l : s.cues("lift")) {
        if (l.from() < r.to() || l.to() > end || s.near(l.from(), 4, 0, "negation", "modal") || modalRightBefore(s, l)) continue;
        if (!liftsSomethingElse(s, h, l) && !s.near(l.to(), 0, 3, "sanction", "measures")) return true;
      }
    }
    return false;
  }

  /**
   * "Iran, under U.S. sanctions, seeks to ease its isolation": a lifting word after the sanctions
   * with an object of its own ("its isolation", "the ban on flights") lifts that, not them.
   */
  private static boolean liftsSomethingElse(SentenceView s, Cues.Hit h, Cues.Hit l) {
    // "Sanktionen gegen Russland ..., das seinen Spielraum bei der Aufhebung von Strafmaßnahmen einschränkt": its own measures
    for (Cues.Hit o : s.cues("sanction")) if (l.from() >= h.to() && o.from() > h.to() && o.from() >= l.to() && o.from() - l.to() <= 2) return true;
    // (not "aufgehoben, die sie ... verhängt hatte": past the comma, a relative pronoun)
    if (l.from() < h.to() || l.to() + 1 >= s.to || !s.covered(l.to(), "det", "poss") || s.commaBetween(l.to() - 1, l.to())) return false;
    return !s.covered(l.to() + 1, "sanction") && !s.covered(l.to() + 2, "sanction");
  }

  /**
   * German puts what is called for or wanted in an infinitive clause after a comma: "hat die EU
   * aufgefordert, auch Rosatom mit Sanktionen zu belegen". A "zu" and its verb right after the
   * sanctions, with a modal word before the clause's comma, is no fact.
   */
  static boolean calledFor(SentenceView s, Cues.Hit h) {
    // "haben die EU zu einem sofortigen Embargo gegen russisches Gas aufgefordert": the call closes the clause
    boolean toA = false;
    for (int i = Math.max(s.from, h.from() - 6); i < h.from(); i++) toA |= s.covered(i, "to");
    if (toA) {
      for (Cues.Hit c : s.cues("modal")) if (c.from() >= h.to() && c.from() - h.to() <= 10 && !s.commaBetween(h.to() - 1, c.from())) return true;
    }
    boolean zu = false;
    for (int i = h.to(); i < Math.min(s.to - 1, h.to() + 3); i++) {
      zu |= s.covered(i, "infinitive") && !s.tokens.get(i + 1).capitalized();
    }
    return zu && Modality.modalBeforeItsComma(s, h.from(), 15);
  }

  /**
   * "Irán espera el levantamiento de las sanciones occidentales", "aprendo la strada alla revoca
   * delle sanzioni": what is wanted, awaited or prepared is the lifting; the sanctions are in force.
   */
  static boolean liftingAwaited(SentenceView s, Cues.Hit h) {
    for (Cues.Hit l : s.cues("lift")) {
      if (l.to() > h.from() || h.from() - l.to() > 3 || s.commaBetween(l.from(), h.from())) continue;
      if (s.near(l.from(), 2, 0, "want")) return true;
      if (modalRightBefore(s, l) && !s.near(l.from(), 3, 0, "negation")) return true;   // "aprendo la strada alla revoca delle sanzioni"
    }
    return false;
  }

  /** A modal phrase that ends at most two words before the lifting: "paving the way for the lifting", "apre la strada alla revoca". */
  private static boolean modalRightBefore(SentenceView s, Cues.Hit l) {
    for (Cues.Hit m : s.cues("modal")) if (m.to() <= l.from() && l.from() - m.to() <= 2 && !s.commaBetween(m.from(), l.from())) return true;
    return false;
  }

  /** Whether the sanctions word speaks of sanctions denied, wanted, proposed or not yet in force. */
  static boolean notInForce(SentenceView s, ArticleContext ctx, Cues.Hit h) {
    if (Modality.notAFact(s, h) && !presupposed(s, h, ctx.lang) && !inCircumstance(s, h) && !liftingAwaited(s, h)) return true;
    if (s.cues("aim").stream().anyMatch(a -> a.to() == h.from())) return true;   // "qui visait à sanctionner le régime": an aim
    if (wanted(s, h, ctx.lang) || calledToAct(s, h)) return true;
    if (inADocumentNotAdopted(s, h)) return true;
    if (ctx.lang == Language.DE && calledFor(s, h)) return true;   // "hat die EU aufgefordert, ... mit Sanktionen zu belegen"
    // "Las sanciones no afectan al Gobierno": what they do not do (but "Западные санкции не смогли обрушить": the West's, whatever they did not do)
    if (s.nearAfter(h, 2, "negation") && !s.covered(h.from(), "negation") && SanctionSources.adjectiveSource(s, h, ctx.lang) == null) return true;
    if (s.near(h.to(), 0, 12, "takeseffect")) return true;      // "le sanzioni americane ..., che scatteranno a novembre": not yet in force
    return false;
  }
}
