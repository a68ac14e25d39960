package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Which organization a membership cue is about: the one right after a joining verb, the nearest
 * one, the one a reference ("the bloc", "l'organisation") stands for, and those coordinated with
 * it ("the EU and NATO"). {@link MembershipRule} asks it before it looks for the member states.
 */
final class MembershipOrganizations {

  private MembershipOrganizations() {}

  /** An organization within three words after the cue. */
  static Mention organizationRightAfter(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) {
      if (m.isOrganization() && m.from() >= h.to() && m.from() - h.to() <= 3) return m;
    }
    return null;
  }

  /** "членов Совбеза", "members of the Security Council": the council named right after a member word, whose members are no news of UN membership. */
  static boolean councilAfter(SentenceView s, Cues.Hit h) {
    Mention org = organizationRightAfter(s, h);
    if (org == null || org.from() - h.to() > 2 || s.near(h.from(), 2, 0, "permanent") || s.near(h.to(), 0, 1, "permanent")) return false;   // "a permanent member of the U.N. Security Council"
    for (int i = org.from(); i < org.to(); i++) if (s.covered(i, "councilname")) return true;
    return false;
  }

  /** The last organization named before the cue in the sentence. */
  static Mention organizationBefore(SentenceView s, Cues.Hit h) {
    Mention best = null;
    for (Mention m : s.mentions) if (m.isOrganization() && m.to() <= h.from()) best = m;
    return best;
  }

  /** The organization nearest to the cue, before or after it. */
  static Mention nearestOrganization(SentenceView s, Cues.Hit h) {
    Mention best = null;
    for (Mention m : s.mentions) {
      if (!m.isOrganization() || s.near(m.from(), 3, 0, "sidelines")) continue;   // "am Rande des Nato-Jubiläumsgipfels aufgenommen"
      if (Venues.isVenue(s, m)) continue;                  // "handed his country's instrument of accession ... in Brussels": a place
      if (inRelativeAside(s, m, h)) continue;              // "Der Eurasischen Wirtschaftsunion, die Putin als Gegengewicht zur EU versteht, gehören ... an"
      // "hat das Militärbündnis 2012 verlassen ...; in der Eurasischen Wirtschaftsunion": past a semicolon, another statement
      if (m.from() >= h.to() && s.markBetween(h.to() - 1, m.from(), ";")) continue;
      // of two as near, the one after the cue: "Poland, a NATO member, joined the EU"
      // (but one past a comma after the cue yields to one in the cue's own clause before it:
      // "joined the United Nations ... after voters approved membership in a referendum, has adopted the European Union's sanctions")
      if (best != null && best.to() <= h.from() && m.from() >= h.to() && s.commaBetween(h.to() - 1, m.from())
          && !s.commaBetween(best.to() - 1, h.from()) && h.from() - best.to() <= 12) continue;
      // "ist nicht Mitglied der EU, gehört aber der Efta an": a cue opening a clause after a comma governs what follows it
      boolean opensClause = best != null && best.to() <= h.from() && h.from() > s.from && s.commaBetween(h.from() - 1, h.from())
          && m.from() >= h.to() && m.from() - h.to() <= 4 && !s.commaBetween(h.to() - 1, m.from())
          && !s.covered(h.from(), "found");          // not "the New Development Bank, created by the BRICS countries"
      if (best == null || opensClause || distance(m, h) < distance(best, h) || (distance(m, h) == distance(best, h) && m.from() >= h.to())) best = m;
    }
    return best;
  }

  /** Words between a mention and the cue, on either side. */
  static int distance(Mention m, Cues.Hit h) {
    return m.from() >= h.to() ? m.from() - h.to() : Math.max(0, h.from() - m.to());
  }

  /** The organization a reference word before the cue stands for when it is named just before it: "l'Alba, le bloc dont...". */
  static Mention namedBeforeReference(SentenceView s, Cues.Hit h) {
    for (Cues.Hit r : s.cues("orgref")) {
      if (r.to() > h.from() || h.from() - r.to() > 10) continue;
      Mention best = null;
      for (Mention m : s.mentions) {
        if (m.isOrganization() && m.to() <= r.from() && r.from() - m.to() <= 3) best = m;
      }
      if (best != null) return best;
    }
    return null;
  }

  /** Whether an organization or a word for one ends right before the cue: "В ОДКБ остаются", "в Сообществе остаются". */
  static boolean organizationRightBefore(SentenceView s, Cues.Hit h) {
    if (h.from() > s.from && s.covered(h.from() - 1, "orgref")) return true;
    for (Mention m : s.mentions) if (m.isOrganization() && m.to() == h.from()) return true;
    return false;
  }

  /** The organization and those joined to it by "and": "de l'Otan et de l'Union européenne". */
  static List<String> coordinated(SentenceView s, Mention org) {
    List<String> out = new ArrayList<>();
    out.add(org.id());
    for (List<Mention> chain : Mentions.chains(s, m -> m.isOrganization())) {
      if (chain.contains(org)) for (Mention m : chain) if (!out.contains(m.id())) out.add(m.id());
    }
    return out;
  }

  /**
   * "вышла из Совета государств Балтийского моря, а в марте того же года — из Совета Европы": a
   * second "from" with its own date and no verb of its own leaves another organization.
   */
  static List<String> leftAfterwards(SentenceView s, Mention org) {
    List<String> out = new ArrayList<>();
    int at = org.to();
    for (Mention m : s.mentions) {
      if (m.from() < at) continue;
      if (!m.isOrganization()) break;
      int from = m.from() - 1;
      if (from > at && s.covered(from, "det", "thedef")) from--;
      if (from <= at || !s.covered(from, "from", "origin") || from - at > 9) break;
      boolean joined = s.covered(at, "coord") || s.dashBetween(at - 1, from) || s.markBetween(at - 1, at, ",");
      // (no act of its own between: not "left the CIS, and joined the EU", "quitté la CEI et adhéré à l'UE")
      for (int i = at; i < from; i++) joined &= !s.covered(i, "join", "member", "leave", "sanction", "sign", "ally", "apply", "suspend", "negation", "modal", "want");
      if (!joined || s.near(m.to(), 0, 2, "negation")) break;
      out.add(m.id());
      at = m.to();
    }
    return out;
  }

  /** Where the cue and what it names end: the organizations or "the bloc" right after it, else the cue itself. */
  static int whatIsJoinedEnds(SentenceView s, Cues.Hit h, Mention org) {
    int end = h.to();
    if (org != null && org.from() >= h.to()) {
      end = Math.max(end, org.to());
      // "au sein des Brics et de l'Organisation de coopération de Shanghai": the last of the organizations listed
      for (List<Mention> chain : Mentions.chains(s, m -> m.isOrganization())) {
        if (chain.contains(org)) end = Math.max(end, chain.get(chain.size() - 1).to());
      }
    }
    for (Cues.Hit r : s.cues("orgref")) if (r.from() >= h.to() && r.from() - h.to() <= 3) end = Math.max(end, r.to());
    return end;
  }

  /**
   * Whether an organization follows the partner word within three words (a state named between not
   * counted), "in" right before it: partners in it are its members.
   */
  static boolean partnersIn(SentenceView s, Cues.Hit h) {
    return partnersOrganization(s, h) != null;
  }

  /** The organization the partner word says partners are in, or null. */
  private static Mention partnersOrganization(SentenceView s, Cues.Hit h) {
    Mention org = organizationAfterItsState(s, h);
    if (org == null) return null;
    int at = org.from();
    while (at > h.to() && s.covered(at - 1, "det", "thedef")) at--;
    for (Cues.Hit v : s.cues("venue")) if (v.to() == at || v.from() == org.from() && v.to() == v.from()) return org;
    return null;
  }

  /** The state a partner is the partner of, before the organization: "Brazil, a partner of Argentina in Mercosur". */
  static Mention partnersState(SentenceView s, Cues.Hit h) {
    Mention org = partnersOrganization(s, h);
    if (org == null) return null;
    for (Mention m : s.mentions) if (m.isState() && m.from() >= h.to() && m.to() <= org.from() && !m.isAdjectival()) return m;
    return null;
  }

  /** The organization within three words after the cue, not counting one state named between: "socio de Argentina en el Mercosur". */
  private static Mention organizationAfterItsState(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) {
      if (m.isOrganization() && m.from() >= h.to()) return m.from() - h.to() - stateWordsBetween(s, h.to(), m.from()) <= 3 ? m : null;
    }
    return null;
  }

  /** The words of the one state named between two tokens, none when no state or more than one. */
  private static int stateWordsBetween(SentenceView s, int from, int to) {
    int words = 0, states = 0;
    for (Mention m : s.mentions) {
      if (m.from() < from || m.to() > to) continue;
      if (!m.isState()) return 0;
      words += m.to() - m.from();
      states++;
    }
    return states == 1 ? words : 0;
  }

  /** Whether an organization is named within three words of the party word next to the cue: "die Nato-Vertragsstaaten". */
  static boolean organizationNearParty(SentenceView s, Cues.Hit h) {
    for (Cues.Hit p : s.cues("party")) {
      if (p.to() < h.from() - 2 || p.from() > h.to() + 3) continue;
      for (Mention m : s.mentions) if (m.isOrganization() && m.to() >= p.from() - 3 && m.from() <= p.to() + 3) return true;
    }
    return false;
  }

  /**
   * Whether the organization stands inside a relative clause set apart by commas between an
   * organization named before it and the cue: the clause describes the first one.
   */
  private static boolean inRelativeAside(SentenceView s, Mention m, Cues.Hit h) {
    if (m.to() > h.from() || !s.commaBetween(m.to() - 1, h.from())) return false;   // the aside closes before the cue
    for (Mention o : s.mentions) {
      if (!o.isOrganization() || o == m || o.to() >= m.from() || !s.commaBetween(o.to() - 1, o.to())) continue;
      // German writes its relative pronoun as an article: "Der Eurasischen Wirtschaftsunion, die ..."
      if (s.covered(o.to(), "relative", "det") && !s.commaBetween(o.to(), m.from())) return true;
    }
    return false;
  }

  /**
   * Whether a reference word ("das Forum", "the bloc") stands between the cue and the organization
   * named after it, apart from it, or before an organization named only as where an event was held.
   */
  static boolean referenceBefore(SentenceView s, Cues.Hit h, Mention org) {
    if (namedBeforeReference(s, h) != null) return false;
    boolean atAnEvent = s.near(org.from(), 3, 0, "event");        // "am Rande eines Gipfels des Europarats": where, not what
    if (org.from() < h.to() && !atAnEvent) return false;
    if (atAnEvent && org.from() - h.to() > 2) return true;         // "the four members met at a summit of the Council of Europe"
    for (Cues.Hit r : s.cues("orgref")) {
      if (r.to() <= org.from() && org.from() - r.to() > 3 && (r.from() >= h.to() || atAnEvent)) return true;
    }
    return false;
  }

  /**
   * "Polen gehört ... zu den größten Unterstützern Kiews": the group the word says one belongs to,
   * after its preposition, is named and is no organization, so no organization named earlier is
   * meant; nor are the members of a junta or a government members of one.
   */
  static boolean belongsToSomethingElse(SentenceView s, Cues.Hit h) {
    if (h.to() < s.to && s.covered(h.to(), "of", "from")) {     // "les membres de la junte", "members of the ruling junta": persons of a regime
      for (int k = h.to() + 1; k < Math.min(s.to, h.to() + 4) && !s.inOrganization(k); k++) if (s.covered(k, "regime")) return true;
      // "die übrigen Mitglieder des russischen Sicherheitsrats": a body a state's adjective names, no organization after it
      boolean organization = false;
      for (int k = h.to() + 1; k < Math.min(s.to, h.to() + 5); k++) organization |= s.inOrganization(k);
      for (Mention m : s.mentions) {
        if (!organization && m.isState() && m.isAdjectival() && m.from() > h.to() && m.from() - h.to() <= 3) return true;
      }
    }
    for (int i = h.to(); i < Math.min(s.to, h.to() + 6); i++) {
      if (s.inOrganization(i) || s.covered(i, "orgref", "countryword", "member")) return false;
      if (!s.covered(i, "with", "to")) continue;
      int j = i + 1;
      while (j < s.to && s.covered(j, "det")) j++;
      if (j == i + 1 || j >= s.to) return false;
      for (int k = j; k < Math.min(s.to, j + 3); k++) if (s.inOrganization(k) || s.covered(k, "orgref", "countryword", "member")) return false;
      return true;
    }
    return false;
  }

  /** "the organisation's predecessor" after a leaving word, with no organization named right after it to say which. */
  static boolean unnamedPredecessor(SentenceView s, Cues.Hit h) {
    Cues.Hit p = s.firstAfter(h, "predecessor", 5);
    if (p == null) return false;
    for (Mention m : s.mentions) if (m.isOrganization() && m.from() >= p.to() && m.from() - p.to() <= 3) return false;
    return true;
  }

  /**
   * Whether every mention of the state is joined by a hyphen to an organization's: "il Consiglio
   * Nato-Russia", "the EU-Turkey deal" name a body or a pair, not a member of the organization.
   */
  static boolean onlyHyphenedToAnOrganization(SentenceView s, String state) {
    boolean any = false;
    for (Mention m : s.mentions) {
      if (!m.isState() || !m.id().equals(state)) continue;
      boolean joined = false;
      for (Mention o : s.mentions) {
        joined |= o.isOrganization() && (o.to() == m.from() && s.hyphenAfter(o) || m.to() == o.from() && s.hyphenAfter(m));
      }
      if (!joined) return false;
      any = true;
    }
    return any;
  }
}
