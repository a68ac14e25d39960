package org.entente.extract;

import java.util.List;

/**
 * Which state named near a membership cue is the member: the subject before the cue or the list
 * right after it, not the object of "with" or "against", not a state in another clause, an
 * apposition or a relative clause that the cue is not part of. {@link MembershipRule} asks it
 * for each state it finds near a cue.
 */
final class MemberSubjects {

  private MemberSubjects() {}

  /**
   * Whether a state mention can be the member: not after "with" ("a deal with Sweden"), and an
   * adjective ("American", "russische") only when it qualifies the cue itself ("Swedish membership").
   */
  static boolean subject(SentenceView s, Cues.Hit h, Mention m) {
    if (isObjectOfWith(s, m) || s.near(m.from(), 2, 0, "against")) return false;
    // "gegen heftigen Widerstand aus Moskau", "despite fierce opposition from Moscow": who objects joins nothing
    // ... nor who abstained: "recomendado su admisión con la abstención de China"
    if (m.from() >= h.to() && (endsPhraseOf(s, m, "against", 3) || endsPhraseOf(s, m, "objection", 2) || endsPhraseOf(s, m, "abstain", 2))) return false;
    if (m.to() <= h.from() && accusesAnother(s, h, m)) return false;   // "Moscow, which had accused the small state of joining"
    // "la campaña diplomática de Israel para frenar el ingreso palestino": who tries to block it
    for (Cues.Hit o : s.cues("objection")) if (o.from() >= m.to() && o.to() <= h.from() && h.from() - o.to() <= 3 && o.from() - m.to() <= 4) return false;
    if (m.from() >= h.to() && s.near(m.from(), 2, 0, "want")) return false;       // "als Mitglied der Nato den Wunsch Prags nach Aufnahme"
    // "Indonesia has become a full member of the BRICS group ..., Brazil said on Monday": who reports it
    if (m.from() >= h.to() && s.commaBetween(m.from() - 1, m.from()) && m.to() < s.to && s.covered(m.to(), "say")) return false;
    // "La Centrafrique, suspendue depuis ..., reste le seul des 54 Etats membres privé de siège": suspended, not sitting
    if (m.to() <= h.from() && m.to() < s.to && s.near(m.to(), 0, 2, "suspend") && s.commaBetween(m.to() - 1, m.to())) return false;
    if (excepted(s, m)) return false;                                   // "i 33 Paesi dell'emisfero tranne Stati Uniti e Canada"
    if (negatedRightAfter(s, m)) return false;                          // "Österreich ist Mitglied der EU, die Schweiz nicht"
    if (afterACircumstance(s, h, m)) return false;
    if (m.from() >= h.to() && s.semicolonBetween(h.to() - 1, m.from())) return false;   // "Китай является членом ВТО; для Москвы..."
    if (m.from() >= h.to() && relativeBetween(s, h.to(), m.from())) return false;      // "the only EU member which refused to arm Ukraine"
    // "Poland, which joined NATO in 1999, hosts U.S. troops": past the comma that closes the relative clause
    if (pastTheRelativeClause(s, h, m)) return false;
    // after "by" only the founders of "fundado por Brasil, Rusia...", "von Brasilien, Russland ... ins Leben gerufen";
    // after "a"/"on" only those the organization admits
    if (byBefore(s, h, m) && !(s.covered(h.from(), "found") && founder(m, h))) return false;
    // (a "to" before the cue is its infinitive: "voted to readmit Syria")
    int reach = m.from() >= h.to() ? Math.min(2, m.from() - h.to()) : 2;
    if (objectAfter(s, m, reach) && !(m.from() >= h.to() && organizationActs(s, h))) return false;
    // "U.S. Secretary of State", "US-Außenministerium"; not past a comma after the cue: "... Cyprus and Malta, officials said"
    if (s.near(m.to(), 0, 2, "nonstate", "title") && !(m.from() >= h.to() && m.to() < s.to && s.commaBetween(m.to() - 1, m.to()))) return false;
    // "опередив Россию, чьи переговоры о вступлении ... продолжаются", "ahead of Russia, whose accession talks drag on": still applying
    if (m.from() >= h.to() && m.to() < s.to && s.covered(m.to(), "relative") && s.near(m.to() + 1, 0, 3, "apply")) return false;
    // "membro della Nato e stretto alleato di Washington": the state one is an ally of
    if (m.from() >= h.to() && m.from() >= 2 && s.covered(m.from() - 1, "from") && s.near(m.from() - 1, 2, 0, "ally")) return false;
    if (s.near(m.to(), 0, 3, "aide")) return false;                   // "a Kremlin foreign policy aide told reporters"
    if (s.near(m.to(), 0, 1, "sanction") && !s.commaBetween(m.to() - 1, m.to())) return false;   // "its own Zimbabwe sanctions regime"
    if (m.to() < s.to && s.covered(m.to(), "ledby") && s.hyphenAfter(m)) return false;   // "exit from Moscow-led CIS"
    boolean named = h.to() <= m.from() && m.from() - h.to() <= 2;          // "als letztes Mitgliedsland hatte Ungarn"
    // "Honduras ratificó su salida": its own, when no other state is named before ("La Svezia è entrata ... l'Ungheria ha ratificato la sua adesione")
    named |= h.from() > s.from && s.covered(h.from() - 1, "poss") && m.id().equals(TheCountry.onlyStateBefore(s, h));
    for (String consent : new String[] {"ratify", "approve"}) {
      for (Cues.Hit r : s.cues(consent)) {
        if (!named && r.from() >= m.to() && r.from() - m.to() <= 4 && r.to() <= h.from()) return false; // "Hungary ratified Sweden's accession"
      }
    }
    boolean adjective = m.isAdjectival();
    // "El Gobierno colombiano notificó su retiro": the government's own leaving, not "anunció la incorporación de Indonesia"
    boolean own = h.from() > s.from && s.covered(h.from() - 1, "poss");
    return !adjective || m.to() == h.from() || m.from() == h.to() || own && ofAGovernment(s, m);
  }

  /** Whether "on" or "to" stands up to {@code reach} words before the state, not as a day's ("On Monday, Finland joined"). */
  private static boolean objectAfter(SentenceView s, Mention m, int reach) {
    for (String c : new String[] {"on", "to"}) {
      for (Cues.Hit p : s.cues(c)) {
        if (p.from() >= m.from() - reach && p.from() < m.from() && !(p.to() < m.from() && s.inDay(p.to()))) return true;
      }
    }
    return false;
  }

  /**
   * "El Gobierno colombiano", "the Colombian government": the demonym of a government word stands
   * for its state, when no state is named before it (not "Riga ha depositato presso il governo francese").
   */
  static boolean ofAGovernment(SentenceView s, Mention m) {
    if (!m.isAdjectival() || !(m.to() < s.to && s.covered(m.to(), "officials") || m.from() > s.from && s.covered(m.from() - 1, "officials"))) return false;
    for (Mention o : s.mentions) if (o.isState() && !o.isAdjectival() && o.to() <= m.from() && !s.inDateline(o)) return false;
    return true;
  }

  /** "Spain, which until Friday had been the last country to join": the state the relative clause holding the cue describes. */
  static boolean relativeSubject(SentenceView s, Cues.Hit h, Mention last) {
    if (last.to() >= h.from() || s.commaBetween(last.to(), h.from())) return false;
    return s.covered(last.to(), "relative") || germanRelative(s, last);
  }

  /**
   * "Österreich, das 1995 ... der EU beitrat": German opens a relative clause with the article's
   * forms after the comma; an article followed by no noun (a number, a lower-case word) is one.
   */
  private static boolean germanRelative(SentenceView s, Mention last) {
    int i = last.to();
    if (i + 1 >= s.to || !s.commaBetween(i - 1, i) || !s.covered(i, "relarticle")) return false;
    Token next = s.tokens.get(i + 1);
    return Character.isDigit(next.surface().charAt(0)) || !next.capitalized() && !s.covered(i + 1, "det");
  }

  /** Whether a comma closes the relative clause of the cue before the state, no state being named in the clause. */
  private static boolean pastTheRelativeClause(SentenceView s, Cues.Hit h, Mention m) {
    if (m.from() < h.to() || h.from() == s.from || !s.near(h.from(), 2, 0, "relative")) return false;
    for (int i = h.to(); i < m.from(); i++) {
      if (s.commaBetween(i - 1, i)) return true;
      for (Mention o : s.mentions) if (o.isState() && o.from() == i) return false;   // "el grupo, que integran además Arabia Saudí, Irak"
    }
    return false;
  }

  /** "Poland, which joined NATO in 1999, hosts U.S. troops": a state adjective after what was joined describes something else. */
  static boolean pastWhatWasJoined(Cues.Hit h, Mention org, Mention m) {
    return org != null && org.from() >= h.to() && m.from() >= org.to() && m.isAdjectival();
  }

  private static boolean organizationWithin(SentenceView s, int from, int reach) {
    for (Mention o : s.mentions) if (o.isOrganization() && o.from() >= from && o.from() - from <= reach) return true;
    return false;
  }

  /**
   * "joined NATO after Russia invaded Ukraine", "two years after Russia's invasion of Ukraine": a
   * state after a word of time or cause that follows the cue is no part of the act, unless it is
   * all the phrase holds ("ein Jahr nach Finnland, der NATO bei": Finland did the same before).
   */
  static boolean afterACircumstance(SentenceView s, Cues.Hit h, Mention m) {
    for (Cues.Hit c : s.cues("circumstance")) {
      if (c.from() < h.to() || c.to() > m.from()) continue;
      for (List<Mention> chain : Mentions.stateChains(s)) {
        if (chain.get(0).from() < c.to()) continue;
        Mention last = chain.get(chain.size() - 1);
        // "Sweden joined NATO after Finland.", "trat ..., knapp ein Jahr nach Finnland, der NATO bei"; not "a year after
        // Russia, already under sanctions, invaded Ukraine", where the comma opens an aside of Russia's own clause
        boolean whole = chain.get(0).from() - c.to() <= 1 && (s.segmentEndsAfter(last)
            || s.commaBetween(last.to() - 1, last.to()) && organizationWithin(s, last.to(), 2));
        return !(whole && chain.contains(m));
      }
    }
    return false;
  }

  /**
   * "создание ОДКБ происходит на фоне появления военных баз США": a state after the organization a
   * founding word names founded nothing unless "by" or "with" makes it a founder.
   */
  static boolean pastWhatWasFounded(SentenceView s, Cues.Hit h, Mention org, Mention m) {
    return org != null && s.covered(h.from(), "found") && org.from() >= h.to() && m.from() >= org.to()
        && !s.near(m.from(), 3, 0, "by", "with", "alongside");
  }

  /** Whether "by" stands just before the mention, and is no part of the cue ("integrado por", "formed by"). */
  private static boolean byBefore(SentenceView s, Cues.Hit h, Mention m) {
    for (Cues.Hit b : s.cues("by")) {
      // (not "Da oggi l'Angola non fa più parte": "since" a day)
      if (b.from() >= m.from() - 2 && b.from() < m.from() && !(b.from() >= h.from() && b.to() <= h.to()) && !dayAfter(s, b)) return true;
    }
    return false;
  }

  private static boolean dayAfter(SentenceView s, Cues.Hit b) {
    return b.to() < s.to && (s.inDay(b.to()) || s.covered(b.to(), "today"));
  }

  /** Whether a state after "by" stands where a founder does: after the founding word, or before a passive one. */
  private static boolean founder(Mention m, Cues.Hit h) {
    return m.from() >= h.to() ? m.from() - h.to() <= 12 : h.from() - m.to() <= 8;
  }

  /** Whether a negation right after the state closes its phrase: "..., die Schweiz nicht;", "..., la Suisse non." */
  private static boolean negatedRightAfter(SentenceView s, Mention m) {
    if (m.to() >= s.to || !s.covered(m.to(), "negation")) return false;
    int b = m.from();
    while (b > s.from && s.covered(b - 1, "det")) b--;
    if (b == s.from || !s.commaBetween(b - 1, b)) return false;
    int after = m.to() + 1;
    return after >= s.to || s.commaBetween(m.to(), after) || s.semicolonBetween(m.to(), after);
  }

  /** Whether the mention is in a list that follows "except": "tranne Stati Uniti e Canada", "sauf la Hongrie". */
  static boolean excepted(SentenceView s, Mention m) {
    if (!s.has("except")) return false;
    for (List<Mention> chain : Mentions.stateChains(s)) {
      if (chain.contains(m) && s.near(chain.get(0).from(), 2, 0, "except")) return true;
    }
    if (s.near(m.from(), 2, 0, "except")) return true;
    // "sin Estados Unidos ni Canadá": "nor" goes on with the list
    for (Mention o : s.mentions) if (o.to() == m.from() - 1 && s.covered(o.to(), "negation") && s.near(o.from(), 2, 0, "except")) return true;
    return false;
  }

  /**
   * Whether a relative clause that opens in [from, to) still runs at {@code to}: what it says of
   * the member is not about membership ("the only EU member which refused to arm Ukraine").
   */
  private static boolean relativeBetween(SentenceView s, int from, int to) {
    for (Cues.Hit r : s.cues("relative")) {
      if (s.covered(r.from(), "including") || Modality.closesRestriction(s, r.from())) continue;   // "parmi lesquels X et Y", "ne regroupe plus que X et Y" list them
      if (r.to() < s.to && s.covered(r.to(), "comprise")) continue;                       // "un bloc qui compte déjà le Kenya, la Tanzanie"
      if (r.from() == from && from > s.from && s.covered(from - 1, "member")) continue;  // "союз, членами которого стали Россия, ...": whose members
      if (r.from() < to && s.colonBetween(r.from(), to)) continue;          // "los once países que firmaron aquel tratado: Argentina, ..."
      if (r.from() >= from && r.to() < to && !s.commaBetween(r.from(), to)) return true;
      // "объединения, в которое входят Грузия, Украина, Азербайджан": the rest of a list the relative clause opens
      if (r.from() >= from && r.to() < to) {
        for (List<Mention> chain : s.stateChains()) {
          Mention first = chain.get(0);
          if (first.from() > r.from() && first.from() < to && !s.commaBetween(r.from(), first.from()) && chain.stream().anyMatch(m -> m.from() == to)) return true;
        }
      }
    }
    return false;
  }

  /** "entre Washington y los principales socios del Mercosur": a state joined by "and" to the members is not one of them. */
  static boolean besideTheMembers(SentenceView s, Cues.Hit h, Mention m) {
    if (m.to() > h.from()) return false;
    for (Cues.Hit c : s.cues("coord")) {
      if (c.from() != m.to() || c.to() > h.from()) continue;
      boolean plain = true;
      for (int i = c.to(); i < h.from(); i++) plain &= s.covered(i, "det") || !s.tokens.get(i).capitalized();   // mentions are capitalized
      if (plain) return true;
    }
    return false;
  }

  /** "el bloque incorporó a Egipto", "the alliance admitted...": the organization is the subject of the cue. */
  private static boolean organizationActs(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) if (m.isState() && !s.inDateline(m) && m.to() <= h.from() && h.from() - m.to() <= 8) return false;
    for (Mention m : s.mentions) {
      if (m.isOrganization() && m.to() <= h.from() && h.from() - m.to() <= 6) return true;
    }
    for (Cues.Hit r : s.cues("orgref")) if (r.to() <= h.from() && h.from() - r.to() <= 6) return true;
    return false;
  }

  /**
   * Whether the cue stands in an apposition (", a NATO member,", ", membre de l'Otan,") and the
   * mention comes after its closing comma, in the clause the apposition interrupts.
   */
  static boolean pastApposition(SentenceView s, Cues.Hit h, Mention m) {
    return inApposition(s, h) && s.pastComma(h, m.from()) && !rightAfterComma(s, m);
  }

  /** Whether a comma stands within five words before the cue. */
  private static boolean inApposition(SentenceView s, Cues.Hit h) {
    for (int i = Math.max(s.from, h.from() - 5); i < h.from(); i++) if (s.commaBetween(i, i + 1)) return true;   // "Slovakia, an EU and NATO member, borders..."
    return false;
  }

  /** Whether only articles stand between a comma and the mention ("members of the alliance, Hungary and Turkey"). */
  private static boolean rightAfterComma(SentenceView s, Mention m) {
    for (int i = m.from() - 1; i >= s.from; i--) {
      if (s.commaBetween(i, i + 1)) return true;
      if (!s.covered(i, "det", "including", "alongside", "coord")) return false;
    }
    return false;
  }

  /** "Turkey signed a deal with Sweden before it joined NATO": the state after "with" is a bystander. */
  private static boolean isObjectOfWith(SentenceView s, Mention m) {
    for (Cues.Hit w : s.cues("with")) {
      if (SanctionRule.opensBefore(s, w.from())) continue;       // "Mit Bulgarien, Estland ... sind sieben Staaten der Nato beigetreten": the ones who joined
      // "a regional organisation it formed with Ukraine, Azerbaijan and Moldova": co-founders
      // ... also past a date: "qu'elle a fondée en 1989 avec l'Algérie, la Libye..."
      if (w.to() <= m.from() && m.from() - w.to() <= 1 && !(w.from() > s.from && MemberLists.foundingRightBefore(s, w))) return true;
    }
    return false;
  }

  /**
   * Whether the state and the cue stand in two clauses: not when "but" joins a second predicate
   * of the same subject ("Norway is not an EU member but belongs to the EEA"), which names no
   * subject of its own ("la Russie, mais elle est aussi membre" does).
   */
  static boolean otherClause(SentenceView s, Mention m, Cues.Hit h) {
    if (!s.clauseSeparates(m.from(), m.to(), h.from(), h.to())) return false;
    if (m.to() > h.from()) return true;
    Cues.Hit but = null;
    for (Cues.Hit c : s.cues("clause")) {
      if (c.from() < m.to() || c.from() >= h.from()) continue;
      if (but != null || !s.covered(c.from(), "butclause")) return true;
      but = c;
    }
    if (but == null) return true;
    for (Mention o : s.mentions) if (o.from() >= but.to() && o.from() < h.from()) return true;
    return s.near(h.from(), h.from() - but.to(), 0, "pronoun");
  }

  /**
   * Whether the state ends a phrase that a cue of the category opens at most {@code reach} words
   * before it, no comma between: "against strong opposition from Moscow", "l'opposition de la Russie".
   */
  private static boolean endsPhraseOf(SentenceView s, Mention m, String category, int reach) {
    for (Cues.Hit c : s.cues(category)) {
      if (c.to() <= m.from() && m.from() - c.to() <= reach && !s.commaBetween(c.to() - 1, m.from())) return true;
    }
    return false;
  }

  /**
   * Whether an accusation stands between the state and the cue, against another named after it
   * (that one is said to act), or the state is inside an accusation that a comma closes.
   */
  private static boolean accusesAnother(SentenceView s, Cues.Hit h, Mention m) {
    for (Cues.Hit a : s.cues("accuse")) {
      // "Iran, accused by the West of arming Russia, joined": a state inside the accusation, closed by its comma
      if (a.to() <= m.from() && s.commaBetween(m.to() - 1, h.from())) return true;
      if (a.from() < m.to() || a.to() > h.from() || a.to() < s.to && s.covered(a.to(), "by")) continue;
      // "Mali and Niger, whose rulers accuse the bloc of doing France's bidding, ceased to be members": an aside
      if (s.commaBetween(m.to() - 1, a.from()) && s.commaBetween(a.to() - 1, h.from())) continue;
      for (int i = a.to(); i < h.from(); i++) if (s.covered(i, "countryword", "pronoun")) return true;
      for (Mention o : s.mentions) if (o.isState() && o.from() >= a.to() && o.to() <= h.from()) return true;
    }
    return false;
  }

  /** Whether the sentence names the state only in a list after "except" or "without". */
  static boolean onlyExcepted(SentenceView s, String id) {
    boolean named = false;
    for (Mention m : s.mentions) {
      if (!m.id().equals(id)) continue;
      if (!excepted(s, m)) return false;
      named = true;
    }
    return named;
  }

  /**
   * The states a member word in apposition describes when a list goes on past it ("la Romania,
   * membro dell'Unione, e l'Ucraina"), or none: the states after its closing comma are no members.
   */
  static List<Mention> apposedInList(SentenceView s, Cues.Hit h) {
    Mention before = null;
    for (Mention m : s.mentions) if (m.isState() && m.to() <= h.from()) before = m;
    if (before == null || h.from() - before.to() > 1 || !s.commaBetween(before.to() - 1, before.to())) return List.of();
    int close = -1;                                  // the comma that closes the apposition, a state right after it
    for (int i = h.to(); i < s.to - 1 && close < 0; i++) if (s.commaBetween(i, i + 1)) close = i + 1;
    if (close < 0) return List.of();
    int at = close;
    while (at < s.to && at - close < 2 && s.covered(at, "coord", "det")) at++;
    for (Mention m : s.mentions) {
      if (m.isState() && m.from() >= h.to() && m.from() < close) return List.of();   // the apposition names states of its own
      if (m.isState() && m.from() == at) {
        for (List<Mention> chain : Mentions.stateChains(s)) if (chain.contains(before)) return chain;   // "la Somalia e Gibuti, membri della Lega"
        return List.of(before);
      }
    }
    return List.of();
  }

  /** Words in [from, to) that are neither in a date nor in an organization's name: "(APEC) en noviembre de 1998 junto con" has none. */
  static int wordsBetween(SentenceView s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) if (!s.inDay(i) && !s.inOrganization(i)) n++;
    return n;
  }

  /** Words in [from, to) inside an organization's name, less one for the name itself. */
  static int organizationWordsBetween(SentenceView s, int from, int to) {
    int n = 0;
    for (Mention m : s.mentions) if (m.isOrganization() && m.from() >= from && m.to() <= to) n += m.to() - m.from() - 1;
    return Math.max(0, n);
  }
  /**
   * With its members named before the verb, a state right after a comma that follows the
   * organization (and a date), and followed by a word of its own, opens another clause: "Albania e
   * Moldova entrano nel Consiglio d'Europa, la Russia resta in attesa", "joined NATO in 2004, Moscow
   * protested" (not "including Vietnam", "к Бразилии").
   */
  static boolean anotherClauseAfter(SentenceView s, Mention org, Mention first, Mention last) {
    if (org == null || first.from() < org.to() || first.from() - org.to() > 6) return false;
    int j = first.from();
    while (j > org.to() && s.covered(j - 1, "det")) j--;
    if (!s.commaBetween(j - 1, j) || s.clauseIn(org.to(), j)) return false;    // the comma right before it ("in 2004, Moscow protested")
    return last.to() < s.to && !s.commaBetween(last.to() - 1, last.to()) && !s.covered(last.to(), "coord") && !s.segmentEndsAfter(last);
  }
}
