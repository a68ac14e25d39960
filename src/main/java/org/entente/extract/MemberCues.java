package org.entente.extract;

/**
 * What a cue says of membership for {@link MembershipRule}: "member", "join", "leave", or null
 * when, read in its sentence, it says none.
 */
final class MemberCues {

  private MemberCues() {}

  /**
   * What a cue says of membership, "member", "join" or "leave", or null when it says none: a
   * partner "in" organizations, "remain in", "participants in", allies of a named organization,
   * "the countries of" and "which includes" all describe members.
   */
  static String category(SentenceView s, Cues.Hit h) {
    String c = h.category();
    if (c.equals("take")) {                                  // "nahm ... auf": admitted
      if (!MembershipFacts.separableUp(s, h)) return null;
      c = "join";
    }
    if (c.equals("partner")) {                               // "stretti partner strategici nell'Ue, nella Nato e nel G7": partners in them
      if (!MembershipOrganizations.partnersIn(s, h)) return null;
      c = "member";
    }
    // "Honduras permanecerá en Petrocaribe", not "remain in place"; "Участниками ОДКБ являются", "participants in the CSTO"
    if (c.equals("remainin") || c.equals("participant")) {
      Mention after = MembershipOrganizations.organizationRightAfter(s, h);
      if (after == null || after.from() - h.to() > (c.equals("participant") ? 2 : 1)) return null;
      c = "member";
    }
    // "В ОДКБ остаются Россия, ...": remaining names members only right after the organization, not "остаются главными рынками"
    if (c.equals("remainafter")) {
      if (!MembershipOrganizations.organizationRightBefore(s, h)) return null;
      c = "member";
    }
    // "a déclaré un haut responsable de l'Alliance": the organization as an official's employer, no one's membership
    if (c.equals("ally") && s.covered(h.from(), "orgref") && officialOf(s, h)) return null;
    // "Britain, France and Germany, all NATO allies"; not "the SEATO and CENTO alliances": organizations themselves
    if (c.equals("ally") && !s.covered(h.from(), "alliances") && AllyPhrases.organizationOfAlly(s, h) != null) c = "member";
    if (c.equals("ally") && h.to() - h.from() == 1 && CountedMembers.counted(s, h)) c = "member";                 // "los 32 aliados, entre ellos el Reino Unido"
    if (s.covered(h.from(), "councilmember") || MembershipOrganizations.councilAfter(s, h)) return null;      // "die drei afrikanischen Ratsmitglieder Angola, Ägypten und Senegal"
    if (s.covered(h.from(), "notmember")) return null;          // "said Yugoslavia belonged in Europe"
    if (c.equals("countryword")) {                           // "les pays de l'Otan, dont la France", "EU countries such as..."
      if (!MemberLists.countriesOf(s, h) && !(s.covered(h.from(), "partner") && MembershipOrganizations.partnersIn(s, h))) return null;
      if (MemberLists.foundingRightBefore(s, h)) return null;   // "the New Development Bank, created by the BRICS countries": founders
      // "признали США и большинство государств Евросоюза": some members, unnamed, unless a list follows ("many EU states, including")
      if (s.near(h.from(), 2, 0, "quantifier") && !s.near(h.to(), 0, 6, "including")) return null;
      c = "member";
    }
    // "plusieurs pays membres s'inquiétant": some members, unnamed, not the state the sentence speaks of
    // (not the superlative "the EU's most populous member")
    if (c.equals("member") && someUnnamed(s, h) && !s.near(h.to(), 0, 6, "including")) return null;
    if (c.equals("comprise")) {                              // "the European Union, which includes France, Germany and Italy"
      if (!MemberLists.includes(s, h)) return null;
      c = "member";
    }
    // "il programma Fcas, che riunisce Francia, Germania e Spagna": what the relative pronoun gathers is no organization
    if (c.equals("member") && s.covered(h.from(), "comprise") && h.from() > s.from && s.covered(h.from() - 1, "relative")
        && !MemberLists.includes(s, h) && s.mentions.stream().noneMatch(Mention::isOrganization)) return null;
    return c.equals("member") || c.equals("join") || c.equals("leave") ? c : null;
  }

  /** A quantifier at most two words before the cue that no article, possessive or organization precedes. */
  private static boolean someUnnamed(SentenceView s, Cues.Hit h) {
    for (Cues.Hit q : s.cues("quantifier")) {
      if (q.to() > h.from() || h.from() - q.to() > 1) continue;
      int before = q.from() - 1;
      if (before < s.from || s.commaBetween(before, q.from()) || !s.covered(before, "det", "thedef", "poss") && !s.inOrganization(before)) return true;
    }
    return false;
  }

  /** Whether a word for an official ("responsable", "official", "Sprecher") and "of" stand right before the organization's word. */
  private static boolean officialOf(SentenceView s, Cues.Hit h) {
    int i = h.from() - 1;
    while (i > s.from && s.covered(i, "det", "thedef")) i--;
    return i > s.from && s.covered(i, "from", "of") && s.covered(i - 1, "nonstate", "officials");
  }
}
