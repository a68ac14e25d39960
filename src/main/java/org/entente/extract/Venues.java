package org.entente.extract;

/**
 * Whether a state's mention names a place rather than an actor: a capital after "in"/"à"/"в",
 * a summit's city, "the Iranian coast", a leader's whereabouts, a language ("said in Russian").
 */
final class Venues {

  private Venues() {}

  /**
   * A capital right after "in"/"à"/"в" is where something happened, not who did it. The answer for
   * a mention of the sentence is kept: every rule asks it, of every mention.
   */
  static boolean isVenue(SentenceView s, Mention m) {
    int k = s.indexOf(m);
    if (k < 0) return namesAPlace(s, m);
    byte[] known = s.venues();
    if (known[k] == 0) known[k] = namesAPlace(s, m) ? (byte) 1 : (byte) 2;
    return known[k] == 1;
  }

  private static boolean namesAPlace(SentenceView s, Mention m) {
    // "a Bruxelles", "in Moscow", not "the White House said" nor "ingresó en la Alianza Atlántica"
    if (m.isState() && placeOf(s, m)) return true;
    if (m.isState() && visited(s, m)) return true;
    boolean building = m.formType().equals(Form.METONYM) && m.kind().equals(Entity.STATE);   // "alla Casa Bianca", "at the Kremlin"
    boolean place = m.formType().equals(Form.CAPITAL) || building
        || (m.formType().equals(Form.METONYM) && m.kind().equals(Entity.ORGANIZATION) && m.to() - m.from() == 1);
    // "the Paris-based club", "the Brussels-based bloc", "a Swiss-based unit": where an organization or a company sits
    if (m.to() < s.to && s.hyphenAfter(m) && s.covered(m.to(), "based")) return true;
    if (!place) return m.isState() && summitVenue(s, m);
    // "outside the alliance's Brussels headquarters": the city an organization sits in, before the building or meeting
    if (m.isOrganization() && m.to() < s.to && s.covered(m.to(), "event")) return true;
    // "В Вашингтоне заявили", "В Кремле подчеркнули", "In Moskau hieß es": those who speak there are its government
    if (m.to() < s.to && s.covered(m.to(), "theysaid") && !s.commaBetween(m.to() - 1, m.to())) return false;
    for (Cues.Hit h : s.cues("venue")) {
      if (s.covered(h.from(), "alongside")) continue;       // "insieme a Pechino": together with, no venue
      // "l'oppose à Riyad, Abou Dhabi, Manama et au Caire": the last of a list of governments
      if (h.from() > s.from && s.covered(h.from() - 1, "coord") && stateEndsAt(s, h.from() - 1)) continue;
      boolean before = h.to() == m.from() || (building && h.to() == m.from() - 1 && s.covered(h.to(), "det"));
      if (!before) continue;
      if (h.from() > s.from && s.covered(h.from() - 1, "officials") && m.formType().equals(Form.CAPITAL)) return false;   // "officials in Minsk": its government
      // "sanctions à Moscou", "imposer des sanctions politiques et économiques au Caire"
      boolean target = s.covered(h.from(), "on", "against") && measureRightBefore(s, h);
      if (!target) return true;
    }
    if (m.formType().equals(Form.CAPITAL)) {   // "la déclaration de Washington", "the Minsk agreement": where it was signed
      boolean owner = m.isPossessive();       // not "Tokyo's treaty ally", "Manila and Washington, treaty allies"
      for (Cues.Hit h : s.cues("treaty")) {
        if (h.from() == m.to() && !owner && !s.commaBetween(m.to() - 1, h.from()) || h.to() == m.from() - 1 && s.covered(h.to(), "from", "of")) return true;
        // "the Lusaka ceasefire accord", not "с Пхеньяном союзнический договор"
        boolean theCity = m.from() > s.from && s.covered(m.from() - 1, "thedef");
        if (!owner && theCity && h.from() > m.to() && h.from() - m.to() <= 2 && lowerCaseBetween(s, m.to(), h.from())) return true;
      }
    }
    for (Cues.Hit h : s.cues("event")) {
      // (not "alla vigilia del vertice, Washington aveva varato": past a comma the name opens the clause)
      // (not "attended an Arab summit since Damascus was readmitted": a clause of its own)
      boolean near = m.from() - h.to() <= 2 && noClauseBetween(s, h.to(), m.from());
      if (h.to() <= m.from() && (near || ofTheOrganization(s, h.to(), m.from())) && !s.commaBetween(h.to() - 1, m.from())) return true; // "sommet de Kuala Lumpur", "vertice della Nato di Bucarest"
      if (h.from() == m.to() && m.formType().equals(Form.CAPITAL)) return true;     // "the Bucharest summit", "at its 2008 Bucharest summit"
    }
    return false;
  }

  /**
   * Whether the mention says no more than where something happened, so that the article's list of
   * entities leaves it out unless a relation needs it; a leader's whereabouts ("Biden in Poland"), a
   * place of the state ("the Iranian coast") and a summit's host named by name still count.
   */
  static boolean onlyAVenue(SentenceView s, Mention m) {
    return isVenue(s, m) && !visited(s, m) && !placeOf(s, m) && !(summitVenue(s, m) && m.formType().equals(Form.NAME));
  }

  /** Whether no word in [from, to) opens a clause of its own: "summit in", "cumbre aliada de", not "summit since". */
  private static boolean noClauseBetween(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) if (s.covered(i, "circumstance", "clause", "relative", "afterwards")) return false;
    return true;
  }

  /** A sanctions or imposing word at most five words before, no comma between. */
  private static boolean measureRightBefore(SentenceView s, Cues.Hit h) {
    for (Cues.Hit c : s.cues) {
      boolean measure = c.category().equals("sanction") || c.category().equals("impose");
      if (measure && c.to() <= h.from() && h.from() - c.from() <= 5 && !s.commaBetween(c.from(), h.from())) return true;
    }
    return false;
  }

  /** "lors du sommet de l'organisation à Trinité-et-Tobago": a state named after a summit and a place's preposition. */
  static boolean summitVenue(SentenceView s, Mention m) {
    if (m.from() <= s.from || !s.covered(m.from() - 1, "venue") || s.covered(m.from() - 1, "alongside")) return false;
    for (Cues.Hit h : s.cues("event")) {
      if (h.to() < m.from() && ofTheOrganization(s, h.to(), m.from()) && !s.commaBetween(h.to() - 1, m.from())) return true;
    }
    return false;
  }

  /** Whether only lower-case words, no comma, stand in [from, to): "ceasefire", "peace". */
  private static boolean lowerCaseBetween(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) if (s.tokens.get(i).capitalized() || !Character.isLetter(s.tokens.get(i).surface().charAt(0))) return false;
    return !s.commaBetween(from - 1, to);
  }

  static boolean stateEndsAt(SentenceView s, int at) {
    for (Mention o : s.mentions) if (o.isState() && o.to() == at) return true;
    return false;
  }

  /** Whether only an organization and the words that tie it stand in [from, to): "della Nato di". */
  static boolean ofTheOrganization(SentenceView s, int from, int to) {
    if (to - from > 5) return false;
    // "lors du sommet de l'organisation à Trinité-et-Tobago": a word for the organization, the place's preposition
    for (int i = from; i < to; i++) if (!s.inOrganization(i) && !s.covered(i, "from", "det", "of", "orgref", "venue")) return false;
    return true;
  }

  /**
   * "ha detto Obama in spagnolo, mentre...", "said in Russian.": a demonym after "in"/"en" (a
   * venue word) with nothing after it but a pause or "and" names a language, not its state.
   */
  static boolean namesALanguage(SentenceView s, Mention m) {
    if (!m.isAdjectival() || m.from() == s.from || !s.covered(m.from() - 1, "venue")) return false;
    if (m.to() >= s.to || s.covered(m.to(), "coord")) return true;
    String after = s.textBetween(m.to() - 1, m.to()).strip();
    return !after.isEmpty() && ",.;:)»\"".indexOf(after.charAt(0)) >= 0;
  }

  /** "hat Kremlchef Wladimir Putin in Vietnam um ... geworben", "Biden in Poland": a leader's whereabouts, not an actor (still a state the article names). */
  static boolean visited(SentenceView s, Mention m) {
    if (m.from() < s.from + 2 || !s.covered(m.from() - 1, "venue") || s.covered(m.from() - 1, "alongside", "on", "against")) return false;
    for (Mention l : s.mentions) if (l.kind().equals(Entity.LEADER) && l.to() == m.from() - 1) return true;
    return false;
  }

  /**
   * Whether the state names a place: "the Iranian coast", "les côtes iraniennes", "off the coast
   * of Iran", "границы России". Who acts is not there.
   */
  static boolean placeOf(SentenceView s, Mention m) {
    for (Cues.Hit g : s.cues("geoplace")) {
      if (s.covered(g.from(), "alongside")) continue;          // "aux côtés de Brunei" folds to the same letters as "côtes"
      if (m.isAdjectival() && (g.from() == m.to() || g.to() == m.from())) return true;
      boolean of = g.to() < m.from() && m.from() - g.to() <= 2 && s.covered(g.to(), "from");
      if (!m.isAdjectival() && (of || g.to() == m.from() && s.segment.charAt(s.tokens.get(m.from()).start()) >= 0x400)) return true;
    }
    return false;
  }

  /** "in occasione del vertice dei capi di Stato svoltosi a Gibuti": the place an event was held, its preposition right before it. */
  static boolean heldAt(SentenceView s, Mention m) {
    if (m.from() == s.from || !s.covered(m.from() - 1, "venue")) return false;
    for (Cues.Hit h : s.cues("event")) {
      if (h.to() <= m.from() && m.from() - h.to() <= 8 && !s.commaBetween(h.to() - 1, m.from())
          && !s.near(h.to(), 0, m.from() - h.to(), "sanction", "member", "join", "leave", "sign")) return true;
    }
    return false;
  }
}
