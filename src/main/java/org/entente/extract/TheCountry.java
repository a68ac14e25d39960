package org.entente.extract;

import java.util.List;

/**
 * The state a membership cue is about when the sentence calls it "the country": "Il Paese, membro
 * della Nato", "la salida del país del ALBA", "Evo Morales incorporó a su país". {@link
 * MembershipRule} asks it when no state is named as the subject.
 */
final class TheCountry {

  private TheCountry() {}

  /** The state of the leader before the cue who brings "his country" ("su país", "son pays") in or out of an organization. */
  static String leadersCountry(SentenceView s, ArticleContext ctx, Cues.Hit h) {
    boolean his = false;
    for (Cues.Hit c : s.cues("countryword")) {
      his |= c.from() > s.from && s.covered(c.from() - 1, "poss") && Math.abs(c.from() - h.to()) <= 4;
    }
    if (!his) return null;
    String state = null;
    for (Mention m : s.mentions) {
      if (m.kind().equals(Entity.LEADER) && m.to() <= h.from() && h.from() - m.to() <= 15) state = ctx.leaderState(m.id());
    }
    return state;
  }

  /** "la salida del país", "the country's withdrawal", "выход страны": the country whose leaving or joining the noun names. */
  static boolean countryOfTheCue(SentenceView s, Cues.Hit h) {
    for (Cues.Hit c : s.cues("thecountry")) if (c.from() == h.to() || c.to() == h.from()) return true;
    return false;
  }

  /** The one state the sentence names before the cue, or null when it names none or several. */
  static String onlyStateBefore(SentenceView s, Cues.Hit h) {
    String found = null;
    for (Mention m : s.mentions) {
      if (!m.isState() || m.to() > h.from() || s.inDateline(m)) continue;
      if (found != null && !found.equals(m.id())) return null;
      found = m.id();
    }
    return found;
  }

  /** "The country", "le pays", "il Paese" as the subject of the cue, with no state named between. */
  static boolean theCountryBefore(SentenceView s, Cues.Hit h) {
    for (Cues.Hit c : s.cues("thecountry")) {
      // at the start of the sentence or of a clause: "has stressed that the country remains a member of NATO"
      boolean clauseStart = c.from() - s.from <= 3 || (c.from() > s.from && s.covered(c.from() - 1, "relative", "clause"));
      if (c.to() > h.from() || h.from() - c.to() - appositionAfter(s, c.to(), h.from()) > 10 || !clauseStart) continue;
      for (Mention m : s.mentions) if (m.isState() && m.from() >= c.to() && m.to() <= h.from()) return false;
      return true;
    }
    return false;
  }

  /** The one state named before "the country" in its sentence (no dateline, venue or adjective), or null. */
  static String onlyStateBeforeTheCountry(SentenceView s) {
    List<Cues.Hit> words = s.cues("thecountry");
    if (words.isEmpty()) return null;
    String only = null;
    for (Mention m : s.mentions) {
      if (!m.isState() || m.to() > words.get(0).from() || s.inDateline(m) || Venues.isVenue(s, m) || m.isAdjectival()) continue;
      if (only != null && !only.equals(m.id())) return null;
      only = m.id();
    }
    return only;
  }

  /** The length of an apposition enclosed in commas right after token {@code at} and before {@code end}: ", dirigé par le colonel Assimi Goïta,". */
  private static int appositionAfter(SentenceView s, int at, int end) {
    if (at >= end || !s.commaBetween(at - 1, at)) return 0;
    for (int k = at + 1; k < end; k++) if (s.commaBetween(k - 1, k)) return k - at;
    return 0;
  }

  /** The state of the first sitting leader named in the sentence before the cue, else {@code otherwise}. */
  static String leadersStateBefore(SentenceView s, ArticleContext ctx, Cues.Hit h, String otherwise) {
    for (Mention m : s.mentions) {
      if (m.to() > h.from()) break;
      if (m.kind().equals(Entity.LEADER) && ctx.leaderState(m.id()) != null) return ctx.leaderState(m.id());
    }
    return otherwise;
  }
}
