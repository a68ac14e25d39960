package org.entente.extract;

import java.util.List;

/**
 * Whether a membership cue states a fact: not applied for, wanted, denied, ceased, suspended or
 * about sanctions rather than an organization. {@link MembershipRule} asks it of every cue, as
 * {@link SanctionFacts} is asked of sanctions.
 */
final class MembershipFacts {

  private MembershipFacts() {}

  static boolean deniedMembership(SentenceView s, Mention org) {
    for (Cues.Hit h : s.cues) {
      boolean cue = h.category().equals("member") || h.category().equals("join");
      // a denial, not a request: "pidió su ingreso en la ASEAN" still speaks of the ASEAN
      if (cue && h.to() <= org.from() && org.from() - h.to() <= 3 && Modality.notAFact(s, h) && s.near(h.from(), 6, 1, "negation")) return true;
    }
    return false;
  }

  /**
   * A leaving word within six words of the cue and in the same clause: "trat ... aus", "ended its
   * membership"; not "returned to the African Union in 2017, 33 years after leaving".
   */
  static boolean leaveBeside(SentenceView s, Cues.Hit h) {
    for (Cues.Hit l : s.cues("leave")) {
      if (l.from() < h.from() - 6 || l.from() >= h.from() + 6) continue;
      // "deren Auflösung die Mitglieder ... beschlossen haben": the organization's end, told by Dissolutions when it came
      if (s.covered(l.from(), "dissolution")) continue;
      int a = Math.min(l.from(), h.from());
      int b = Math.max(l.from(), h.from());
      // "remains in NATO despite leaving the European Union": a later leaving with an organization of its own leaves that one
      Mention left = l.from() >= h.to() ? MembershipOrganizations.organizationRightAfter(s, l) : null;
      Mention here = MembershipOrganizations.organizationRightAfter(s, h);
      if (left != null && here != null && left.from() > here.from() && !left.id().equals(here.id())) continue;
      if (!s.commaBetween(a, b)) return true;
    }
    return false;
  }

  /**
   * "la salida de dos diplomáticos", "the withdrawal of its troops from": a noun of leaving whose
   * own object is people or things, not a state or "the country".
   */
  static boolean leavesSomeoneElse(SentenceView s, Cues.Hit h) {
    if (h.to() >= s.to || !s.covered(h.to(), "from", "of")) return false;
    int i = h.to() + 1;
    while (i < s.to && i - h.to() <= 3 && s.covered(i, "det", "thedef", "number", "poss")) i++;
    if (i >= s.to || s.inMention(i) || s.covered(i, "thecountry", "countryword", "orgref") || s.tokens.get(i).capitalized()) return false;
    return Character.isLetter(s.tokens.get(i).surface().charAt(0));
  }

  /**
   * "leaving Iceland, a NATO member, without...": the verb's object is a state, a country left, no
   * organization. Not in German or Russian, where the subject may follow the verb ("schied das
   * Vereinigte Königreich aus der EU aus").
   */
  static boolean leavesAState(SentenceView s, Cues.Hit h, Language lang) {
    if (lang == Language.DE || lang == Language.RU) return false;
    int i = h.to();
    // (not "le retrait du Mali": "of" makes the state the one that leaves)
    while (i < s.to && i - h.to() < 2 && s.covered(i, "det", "thedef") && !s.covered(i, "from", "of")) i++;
    if (i >= s.to || s.markBetween(h.to() - 1, i, ",;:.")) return false;   // not "aus der Unesco ausgetreten; Washington ..."
    for (Mention m : s.mentions) if (m.from() == i && m.isState() && !m.isAdjectival()) return true;
    return false;
  }

  /** "не сдержало Азербайджан", "did not deter Azerbaijan": a state named right after the negated verb is its object. */
  static boolean negatedVerbHasAnObject(SentenceView s, Cues.Hit negation) {
    return !objectsOfNegatedVerb(s, negation).isEmpty();
  }

  /** The states named within two words after a negation: the negated verb's objects. */
  static List<String> objectsOfNegatedVerb(SentenceView s, Cues.Hit negation) {
    List<String> out = new java.util.ArrayList<>();
    for (Mention m : s.mentions) if (m.isState() && m.from() > negation.to() && m.from() - negation.to() <= 2) out.add(m.id());
    return out;
  }

  /** "Last U.S. troops leave Iceland", "withdrew its soldiers from": soldiers leave, or are withdrawn, not a state from a body. */
  static boolean troopsLeave(SentenceView s, Cues.Hit h) {
    return s.near(h.from(), 3, 0, "troops") || s.near(h.to(), 0, 3, "troops");
  }

  static boolean treatyAfter(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) {
      // not "zusammengeschlossen, deren 2023 unterzeichnete Charta": past a comma, the treaty is a relative clause's
      if (m.kind().equals(Entity.TREATY) && m.from() >= h.to() && m.from() - h.to() <= 3 && !s.commaBetween(h.to() - 1, m.from())) return true;
    }
    // "после выхода США из ядерной сделки", "withdrew from the nuclear deal": a deal left, before any organization is named
    for (Cues.Hit d : s.cues("dealword")) {
      if (d.from() < h.to() || d.from() - h.to() > 4 || s.commaBetween(h.to() - 1, d.from())) continue;
      final int at = d.from();
      if (s.mentions.stream().noneMatch(m -> m.isOrganization() && m.from() >= h.to() && m.from() < at)) return true;
    }
    return false;
  }

  static boolean joinsSanctions(SentenceView s, Cues.Hit h) {
    if (s.near(h.to(), 0, 6, "sanction")) return true;
    for (Cues.Hit c : s.cues("sanction")) {
      if (c.from() >= h.to() && c.from() - h.to() <= 12 && !s.commaBetween(h.to() - 1, c.from())) return true;
      // "американские санкции против Ирана были восстановлены": sanctions restored, the subject of the verb
      if (c.to() <= h.from() && h.from() - c.to() <= 6 && !s.commaBetween(c.from(), h.from())) return true;
    }
    return false;
  }

  /** "joining the European Union and Britain in targeting the Russian leader": joining others in an act, not an organization. */
  static boolean joinsInAnAct(SentenceView s, Cues.Hit h) {
    List<Mention> joined = Mentions.listAfter(s, h.to(), 2, SanctionRule.SOURCES);
    if (joined.isEmpty()) return false;
    int at = joined.get(joined.size() - 1).to();
    if (at + 1 >= s.to || !s.covered(at, "joinin")) return false;
    String next = s.tokens.get(at + 1).surface();
    // ... past an adverb: "in directly targeting"
    if (next.endsWith("ly") && at + 2 < s.to) next = s.tokens.get(at + 2).surface();
    return next.length() > 5 && next.endsWith("ing");
  }

  /**
   * "L'UE rejoint ainsi le Royaume-Uni et le Canada, qui ont sanctionné le dirigeant": an
   * organization as the subject of a verb that also joins people takes the states after it as
   * companions in an act, not as members.
   */
  static boolean organizationJoinsStates(SentenceView s, Cues.Hit h, Mention org) {
    if (!s.covered(h.from(), "joinsomeone") || org.to() > h.from() || h.from() - org.to() > 2 || s.commaBetween(org.to() - 1, h.from())) return false;
    if (org.from() > s.from && s.covered(org.from() - 1, "dative", "to")) return false;   // "к СНГ присоединились Азербайджан и Грузия": joined, the subject after
    if (s.near(org.to(), 0, h.from() - org.to(), "coord")) return false;   // "a adhéré à la Communauté ... et rejoint ainsi le Burundi": another verb's object
    for (Mention m : s.mentions) {
      if (m.from() < h.to()) continue;
      return m.isState() && !m.isAdjectival() && m.from() - h.to() <= 3;
    }
    return false;
  }

  /** "l'ancienne province orientale, devenue le Bangladesh": "became the" with a state right after it names what a place became. */
  static boolean becameAState(SentenceView s, Cues.Hit h) {
    if (h.to() - h.from() < 2 || h.to() >= s.to || !s.covered(h.to() - 1, "det")) return false;
    for (Mention m : s.mentions) if (m.from() == h.to() && m.isState()) return true;
    return false;
  }

  /** "Nicaragua dejó este domingo de ser miembro", "a cessé mardi d'être membre": ceasing to be a member. */
  static boolean ceasedBefore(SentenceView s, Cues.Hit h) {
    for (Cues.Hit c : s.cues("cease")) {
      if (c.to() <= h.from() && h.from() - c.to() <= 5 && !s.commaBetween(c.from(), h.from())) return true;
    }
    return false;
  }

  /**
   * Whether an application or suspension follows within six words in the same clause; for a state
   * that left, not past "and": "a quitté la Cédéao en 2000 et souhaite s'en rapprocher" left it.
   */
  static boolean appliedAfter(SentenceView s, Cues.Hit h, boolean leave, boolean german) {
    for (String k : new String[] {"apply", "suspend"}) {
      for (Cues.Hit a : s.cues(k)) {
        // German closes its clause with the verb, further away: "die Vollmitgliedschaft in der Shanghaier Organisation ... beantragt,"
        boolean closing = german && (a.to() >= s.to || s.commaBetween(a.to() - 1, a.to()));
        // ... further still after the membership noun itself: "hat die Mitgliedschaft Nigers ... bis zur Wiederherstellung der Ordnung ausgesetzt"
        int reach = closing ? (s.covered(h.from(), "membership") ? 15 : 9) : 6;
        if (a.from() < h.to() || a.from() >= h.to() + reach || s.pastComma(h, a.from())) continue;
        if (!leave || !s.near(h.to(), 0, a.from() - h.to(), "coord")) return true;
      }
    }
    return false;
  }

  /**
   * Whether an application or suspension stands up to 15 words before the cue (or in it), not
   * inside an earlier relative clause that belongs to another state: "La Tunisie, qui demande un
   * statut d'observateur, et la Mauritanie, qui a quitté la Cédéao".
   */
  static boolean appliedBefore(SentenceView s, Cues.Hit h) {
    for (String k : new String[] {"apply", "suspend"}) {
      for (Cues.Hit a : s.cues(k)) {
        if (a.from() < h.from() - 15 || a.from() >= h.to()) continue;
        // "after President Luis Arce deposited the accession protocol": an instrument deposited, done (not "a déposé sa demande")
        if (s.near(a.from(), 3, 0, "deposit") && s.near(a.from(), 0, a.to() - a.from(), "treaty")) continue;
        // "Nach 18 Jahren zäher Verhandlungen ist Russland ... beigetreten": the talks are over
        if (k.equals("apply") && s.cues("afterwards").stream().anyMatch(c -> c.from() == s.body() && c.to() <= a.from() && a.from() - c.to() <= 4
            && !s.commaBetween(c.from(), a.from()) && s.mentions.stream().noneMatch(m -> m.from() > c.from() && m.to() <= a.from()))) continue;
        boolean otherClause = false;
        for (Cues.Hit r : s.cues("relative")) otherClause |= r.from() >= a.to() && r.to() <= h.from();
        // "Moscow has been courting Pakistan, a member of SEATO": a state courted, past the comma its description
        for (Mention m : s.mentions) {
          otherClause |= m.isState() && m.from() == a.to() && m.to() <= h.from() && h.from() - m.to() <= 2 && s.commaBetween(m.to() - 1, m.to());
        }
        // "назвал Киргизию стратегическим партнёром ..., напомнив, что обе страны входят в ОДКБ"
        otherClause |= s.clauseIn(a.to(), h.from()) && s.commaBetween(a.to() - 1, h.from());
        otherClause |= Asides.inAClosedRelative(s, a, h.from());   // "East Timor, which first applied in 2011, was admitted"
        if (!otherClause) return true;
      }
    }
    return false;
  }

  /** Whether a word for wanting stands up to six words before the joining, in the same stretch of the clause. */
  static boolean wanted(SentenceView s, Cues.Hit h) {
    for (Cues.Hit w : s.cues("want")) if (s.wantedBy(w, h)) return true;
    return false;
  }

  /** "Член НАТО Турция так и не присоединилась...": the membership is a title before the name; a negation after it is the verb's. */
  static boolean memberBeforeName(SentenceView s, Cues.Hit h) {
    if (!h.category().equals("member")) return false;
    for (Mention org : s.mentions) {
      if (!org.isOrganization() || org.from() != h.to()) continue;
      for (Mention m : s.mentions) if (m.isState() && !m.isAdjectival() && m.from() == org.to()) return true;
    }
    return false;
  }

  /**
   * Whether the membership completes a joining that is no fact: "paving the way for its entry as
   * the 29th member", "aprendo la strada all'ingresso della repubblica come 29/o membro".
   */
  static boolean joiningInDoubt(SentenceView s, Cues.Hit h) {
    for (Cues.Hit j : s.cues("join")) {
      if (j.to() <= h.from() && h.from() - j.to() <= 8 && !s.commaBetween(j.from(), h.from()) && Modality.notAFact(s, j)) return true;
    }
    return false;
  }

  /**
   * Whether the particle "aus" closes the clause after a joining verb ("trat ... aus der OPEC aus"):
   * then the verb leaves; "aus" before a noun is a preposition ("Widerstand aus Moskau").
   */
  static boolean separableOut(SentenceView s, Cues.Hit h) {
    return particleCloses(s, h, "outparticle");
  }

  /** "Die Generalversammlung nahm die beiden Staaten ... auf": "auf" closing the clause makes "nahm" admit. */
  static boolean separableUp(SentenceView s, Cues.Hit h) {
    return particleCloses(s, h, "upparticle");
  }

  private static boolean particleCloses(SentenceView s, Cues.Hit h, String particle) {
    for (Cues.Hit o : s.cues(particle)) {
      if (o.from() < h.to() || o.from() > h.to() + 12 || s.semicolonBetween(h.to() - 1, o.from())) continue;   // "...; eine Feier fiel aus": another clause
      int k = o.to();
      if (k >= s.to || s.commaBetween(k - 1, k) || s.covered(k, "coord", "clause")) return true;
    }
    return false;
  }

  /** The last token of the cue's verb and the auxiliaries that follow it: "aufgenommen worden". */
  static int verbClusterEnd(SentenceView s, Cues.Hit h) {
    int end = Math.min(s.to - 1, h.to());
    while (end + 1 < s.to && s.covered(end, "clausefill") && !s.commaBetween(end - 1, end)) end++;
    return end;
  }

  /** Whether [from, to) holds only plain lower-case words (a time: "il y a un an"), no name or cue but an article. */
  private static boolean plainWords(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.inMention(i) || s.tokens.get(i).capitalized() || s.inCue(i) && !s.covered(i, "det", "thedef", "indefinite", "pronoun", "timespan")) return false;
    }
    return true;
  }

  /** Whether a programme word stands within {@code before} words before the cue (German puts the verb last) or four after, in its clause, no organization between. */
  static boolean joinsAProgram(SentenceView s, Cues.Hit h, int before) {
    for (Cues.Hit p : s.cues("program")) {
      // (past a time: "dont la Lettonie a rejoint il y a un an le Partenariat pour la paix")
      boolean near = p.from() >= h.to() ? p.from() - h.to() <= 4 || p.from() - h.to() <= 7 && plainWords(s, h.to(), p.from()) : h.from() - p.to() <= before;
      int a = Math.min(p.to(), h.to());
      int b = Math.max(p.from(), h.from());
      if (!near || s.commaBetween(a - 1, b)) continue;
      boolean organization = false;
      // (the programme's owner right before it is no organization joined: "der Nato-Partnerschaft für den Frieden")
      for (Mention m : s.mentions) organization |= m.isOrganization() && m.from() >= a && m.to() <= b && m.to() != p.from();
      if (!organization) return true;
    }
    return false;
  }

  /** The state an apposition ", member of X," stands after, when a comma or "but" closes it right after the organization; else null. */
  static Mention closedApposition(SentenceView s, Cues.Hit h, Mention org) {
    if (org.from() < h.to() || org.from() - h.to() > 3) return null;
    // closed by a comma or by the sentence's end, a few words after the organization ("the SEATO and CENTO alliances,")
    int end = org.to();
    // ... or by "but": "la France, membre de l'Otan mais jalouse de son autonomie"
    // ... or by "and" and another description: "le Vanuatu, membre du Forum et important bénéficiaire de son aide,"
    boolean described = org.to() + 1 < s.to && s.covered(org.to(), "coord") && !s.tokens.get(org.to() + 1).capitalized() && !s.inMention(org.to() + 1);
    while (end < s.to && end - org.to() < 4 && !s.commaBetween(end - 1, end) && !s.covered(end, "butclause") && !described) end++;
    if (end < s.to && !s.commaBetween(end - 1, end) && !s.covered(end, "butclause") && !described) return null;
    for (Mention m : s.mentions) {
      if (!m.isState() || m.to() > h.from() || h.from() - m.to() > 2 || !s.commaBetween(m.to() - 1, m.to())
          || !describingWords(s, m.to(), h.from()) || s.near(m.from(), 2, 0, "aslike") || Venues.isVenue(s, m)) continue;   // not "как и Россия,", "La Dichiarazione di Roma,"
      // not the last of a list ("Grecia e Turchia, entrambe membri della Nato"): the apposition is the list's
      boolean listed = false;
      for (Mention o : s.mentions) {
        if (!o.isState() || o == m || o.to() > m.from() || m.from() - o.to() > 3) continue;
        boolean linked = true;                               // "Grecia e Turchia", not "Moscow met Pakistan"
        for (int i = o.to(); i < m.from(); i++) linked &= s.covered(i, "coord", "det", "thedef");
        listed |= linked;
      }
      return listed ? null : m;
    }
    return null;
  }

  /** Whether this sentence already made the state an active member of the organization. */
  static boolean joinedHere(SentenceView s, ArticleContext ctx, String state, String org) {
    for (Relation r : ctx.relations.values()) {
      if (r.type().equals(Relation.MEMBER_OF) && r.source().equals(state) && r.target().equals(org) && r.status().equals(Relation.ACTIVE)
          && r.evidence().equals(s.sentence.text())) return true;
    }
    return false;
  }

  /** "Вступление Финляндии в НАТО, если оно состоится, станет угрозой": a condition set off right after the joining. */
  static boolean ifItHappens(SentenceView s, Cues.Hit h) {
    for (Cues.Hit c : s.cues("condition")) if (c.from() > h.to() && c.from() - h.to() <= 5 && s.commaBetween(c.from() - 1, c.from())) return true;
    return false;
  }

  /** Whether tokens [from, to) are only articles, "all", a number or an organization's name: "a NATO member", "tous membres". */
  static boolean describingWords(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) if (!s.covered(i, "det", "thedef", "all", "number") && !s.inOrganization(i)) return false;
    return true;
  }

  /** Whether a bracket stands between token {@code a} and token {@code b}: what is inside is aside from the clause. */
  static boolean bracketBetween(SentenceView s, int a, int b) {
    String gap = s.textBetween(a, b);
    int brackets = 0;
    for (int i = 0; i < gap.length(); i++) if (gap.charAt(i) == '(' || gap.charAt(i) == ')') brackets++;
    // an organization's acronym in brackets closes no list: "der Organisation des Vertrags über kollektive Sicherheit (OVKS) angehört"
    for (int i = a + 1; i < b; i++) {
      Token t = s.tokens.get(i);
      if (s.inOrganization(i) && t.start() > 0 && t.end() < s.segment.length() && s.segment.charAt(t.start() - 1) == '(' && s.segment.charAt(t.end()) == ')') brackets -= 2;
    }
    return brackets > 0;
  }

  /**
   * "l'entrée en vigueur de l'accord", "вступление в силу соглашения": an entry into force, no
   * state entering anything; unless it is for a state named right after ("вступил в силу для Армении").
   */
  static boolean entryIntoForce(SentenceView s, Cues.Hit h) {
    for (Cues.Hit f : s.cues("inforce")) {
      if (f.from() != h.from() || f.to() - f.from() < 2) continue;
      for (Mention m : s.mentions) if (m.isState() && m.from() > f.to() && m.from() - f.to() <= 1) return false;
      return true;
    }
    return false;
  }

  /** Whether the sentence names a state only by its adjective or demonym. */
  static boolean onlyAsAdjective(SentenceView s, String id) {
    for (Mention m : s.mentions) {
      if (m.id().equals(id) && !m.isAdjectival()) return false;
    }
    return true;
  }

  /** "entre sus miembros", "its members": the organization's members, not the group the sentence names. */
  static boolean ofTheOrganization(SentenceView s, Cues.Hit h) {
    return h.from() > s.from && s.covered(h.from() - 1, "poss") && s.covered(h.from(), "member");
  }

  /** "hat einen Nato-Beitritt bislang ausgeschlossen": a joining noun the verb rules out, no "aus" and an organization between as in an expulsion. */
  static boolean joiningRuledOut(SentenceView s, Cues.Hit verb) {
    for (Cues.Hit j : s.cues("join")) {
      if (j.to() > verb.from() || verb.from() - j.to() > 10 || s.commaBetween(j.to() - 1, verb.from())) continue;
      boolean from = false;        // "aus dem Warschauer Pakt ausgeschlossen": an organization one is put out of
      for (Mention m : s.mentions) {
        if (!m.isOrganization() || m.from() < j.to() || m.to() > verb.from()) continue;
        int p = m.from() - 1;
        if (p > j.to() && s.covered(p, "det", "thedef")) p--;
        from |= p >= j.to() && s.covered(p, "from");
      }
      if (!from) return true;
    }
    return false;
  }

  /**
   * Whether a member word names persons of a legislature, a government, a family or a crew: "members
   * of Parliament", "membres du gouvernement", "члены парламента" (Russian puts the body right after,
   * the others a preposition or article between, so that "member governments" still names states).
   */
  static boolean membersOfABody(SentenceView s, Cues.Hit h, Language lang) {
    for (Cues.Hit b : s.cues("legislature")) {
      if (b.from() >= h.to() + (lang == Language.RU ? 0 : 1) && b.from() < h.to() + 3) return true;
    }
    return false;
  }

  /**
   * "ont réadmis les Seychelles, qui avaient quitté l'organisation en 2004": a leaving told in a
   * relative on the state named right before it is that state's past (not "che l'ha poi lasciata
   * nel 1995": a "then" makes it later, nor "к объединению ГУУАМ, которое покинул": the relative is the organization's).
   */
  static boolean leftBeforeInARelative(SentenceView s, Cues.Hit h) {
    for (Cues.Hit r : s.cues("relative")) {
      if (r.to() > h.from() || h.from() - r.to() > 3 || s.near(r.to(), 0, h.from() - r.to() + 1, "later")) continue;
      for (Mention m : s.mentions) if (m.isState() && m.to() == r.from() && s.commaBetween(m.to() - 1, r.from())) return true;
    }
    return false;
  }
}
