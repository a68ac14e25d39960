package org.entente.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Helpers the rules share for picking mentions out of a sentence. */
final class Mentions {

  private Mentions() {}

  /**
   * Whether mentions [first, last] stand between two commas that both come before token {@code at}:
   * a parenthesis ("South Korea, which watches China closely, joined..."; "Britain imposed, in
   * response to North Korean troops, new sanctions") is not the subject of what follows it.
   */
  static boolean enclosed(SentenceView s, Mention first, Mention last, int at) {
    boolean before = false;
    for (int i = s.from; i < first.from(); i++) before |= commaAfter(s, i) && !s.inWireOpening(i);   // not the dateline's "TEHERAN, 15 GIU -"
    if (!before) return false;
    // "después de México, que ingresó en 1994": the relative clause right after the list is about it
    if (commaAfter(s, last.to() - 1) && s.covered(last.to(), "relative") && at - last.to() <= 3) return false;
    for (int i = last.to() - 1; i < at && i < s.to - 1; i++) if (commaAfter(s, i)) return true;
    return false;
  }

  static boolean commaAfter(SentenceView s, int i) {
    return i + 1 < s.tokens.size() && s.commaBetween(i, i + 1);
  }

  /** The states of the sentence that act in it (venues left out), each id once, in order. */
  static List<Mention> distinctStates(SentenceView s) {
    List<Mention> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Mention m : s.mentions) if (m.isState() && !Venues.isVenue(s, m) && !inTreatyName(s, m) && !m.formType().equals(Form.ANTI) && seen.add(m.id())) out.add(m);
    return out;
  }

  /** Whether "except", "unlike", "в отличие от" sets the state apart from what the sentence says of the others. */
  static boolean setApart(SentenceView s, Mention m) {
    for (Cues.Hit c : s.cues("except")) if (c.to() <= m.from() && m.from() - c.to() <= 1) return true;
    return false;
  }

  /** Whether the mention is part of a treaty's name ("Atomabkommen mit dem Iran"): named, but acting in nothing. */
  static boolean inTreatyName(SentenceView s, Mention m) {
    if (m.kind().equals(Entity.TREATY)) return false;
    for (Mention t : s.mentions) if (t.kind().equals(Entity.TREATY) && t.from() <= m.from() && m.to() <= t.to()) return true;
    return false;
  }

  /** States and organizations that can act (venues left out), in order. */
  static List<Mention> actors(SentenceView s) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : s.mentions) if (m.isActor() && !Venues.isVenue(s, m)) out.add(m);
    return out;
  }

  /**
   * The state mentions of the sentence grouped into lists: "Mali, Burkina Faso and Niger" or "la
   * Russie et la Corée du Nord" is one chain; mentions with other words between are separate.
   */
  static List<List<Mention>> stateChains(SentenceView s) {
    return s.stateChains();
  }

  /** Like {@link #stateChains} for the mentions that {@code keep} accepts. */
  static List<List<Mention>> chains(SentenceView s, java.util.function.Predicate<Mention> keep) {
    return chains(s, keep, false);
  }

  /**
   * The lists of states a later "both" or "the three" can refer to: those of the sentence, with
   * the states a treaty's name lists ("le traité entre la Russie et la Corée du Nord").
   */
  static List<List<Mention>> groupChains(SentenceView s) {
    return chains(s, Mention::isState, true);
  }

  /**
   * Lists of leaders joined by "and", titles between them allowed: "Donald Trump e Kim Jong-un",
   * "le Premier ministre éthiopien Abiy Ahmed et le président érythréen Isaias Afwerki".
   */
  static List<List<Mention>> leaderChains(SentenceView s) {
    List<List<Mention>> out = new ArrayList<>();
    List<Mention> cur = null;
    Mention prev = null;
    boolean commas = false;                          // the current chain holds a comma link, not yet closed by "and"
    for (Mention m : s.mentions) {
      if (!m.kind().equals(Entity.LEADER)) continue;
      boolean close = prev != null && m.from() - prev.to() <= 6;
      boolean and = close && s.near(prev.to(), 0, 1, "coord") && !s.commaBetween(prev.to() - 1, m.from());
      // "Assimi Goïta, Ibrahim Traoré e Abdourahamane Tiani": a comma right after a name, when "and" closes the list
      boolean comma = close && m.from() == prev.to() && s.commaBetween(prev.to() - 1, m.from());
      if (and || comma) {
        cur.add(m);
        if (and) commas = false;
        else commas = true;
      } else {
        if (cur != null && commas) splitOpenCommas(out, cur);
        cur = new ArrayList<>();
        cur.add(m);
        out.add(cur);
        commas = false;
      }
      prev = m;
    }
    if (cur != null && commas) splitOpenCommas(out, cur);
    return out;
  }

  /** A list whose last link is a comma was no list: its names stand alone (the earlier ones stay as read). */
  private static void splitOpenCommas(List<List<Mention>> out, List<Mention> chain) {
    out.remove(out.size() - 1);
    for (Mention m : chain) out.add(new ArrayList<>(List.of(m)));
  }

  /** Whether one of the mentions names {@code id}; a loop, as chains are walked for every sentence. */
  static boolean namesId(List<Mention> mentions, String id) {
    for (Mention x : mentions) if (x.id().equals(id)) return true;
    return false;
  }

  private static List<List<Mention>> chains(SentenceView s, java.util.function.Predicate<Mention> keep, boolean inNames) {
    List<List<Mention>> out = new ArrayList<>();
    List<Mention> cur = null;
    Mention prev = null;
    for (Mention m : s.mentions) {
      if (!keep.test(m) || Venues.isVenue(s, m) || (!inNames && inTreatyName(s, m)) || m.formType().equals(Form.ANTI)) continue;
      if (cur != null && prev != null && linked(s, prev, m) && !(cur.size() >= 2 && closedByAnd(s, cur.get(cur.size() - 2), prev, m))) {
        if (!namesId(cur, m.id())) cur.add(m);
      } else {
        cur = new ArrayList<>();
        cur.add(m);
        out.add(cur);
      }
      prev = m;
    }
    return out;
  }

  /**
   * Whether a list that "and" closed at {@code b} ends before {@code c} behind a bare comma: "its
   * allies Japan and South Korea, North Korea supplies Russia".
   */
  private static boolean closedByAnd(SentenceView s, Mention a, Mention b, Mention c) {
    if (!gap(s, b, c).strip().equals(",")) return false;
    String ab = gap(s, a, b);
    return !ab.contains(",") && s.near(a.to(), 0, b.from() - a.to(), "coord");
  }

  /** The text between two mentions. */
  private static String gap(SentenceView s, Mention a, Mention b) {
    return s.textBetween(a.to() - 1, b.from());
  }

  /** Whether a lower-case word comes right after the mention, with no punctuation and no linking word: its verb. */
  private static boolean opensClause(SentenceView s, Mention b) {
    if (b.to() >= s.to) return false;
    Token next = s.tokens.get(b.to());
    if (next.capitalized() || !s.textBetween(b.to() - 1, b.to()).isBlank()) return false;
    if (!Character.isLetter(next.surface().charAt(0))) return false;
    if (s.covered(b.to(), "coord", "det", "thedef", "poss", "from", "of", "with", "between", "including", "all", "alongside")) return false;
    for (Mention m : s.mentions) if (m.from() == b.to()) return false;
    return true;
  }

  /** The last state of the list that {@code m} opens, joined by "and" or commas: "Cuba" for "Venezuela and Cuba". */
  private static Mention listEnd(SentenceView s, Mention m) {
    return listEdge(s, m, true);
  }

  /** The first state of the list that {@code m} ends, joined by "and" or commas: "Ирана" for "Ирана и Сирии". */
  private static Mention listStart(SentenceView s, Mention m) {
    return listEdge(s, m, false);
  }

  private static Mention listEdge(SentenceView s, Mention m, boolean forward) {
    int next = forward ? m.to() : m.from() - 1;     // most names stand in no list: nothing joins them to a neighbour
    if (next < s.from || next >= s.to || !s.covered(next, "coord") && !(forward ? s.commaBetween(m.to() - 1, m.to()) : s.commaBetween(m.from() - 1, m.from()))) return m;
    Mention edge = m;
    for (boolean moved = true; moved; ) {
      moved = false;
      for (Mention o : s.mentions) {
        Mention left = forward ? edge : o;
        Mention right = forward ? o : edge;
        if (!o.isState() || left.to() > right.from() || right.from() - left.to() > 1) continue;
        boolean and = right.from() - left.to() == 1 && s.covered(left.to(), "coord");
        boolean comma = right.from() == left.to() && s.commaBetween(left.to() - 1, right.from());
        if (and || comma) {
          edge = o;
          moved = true;
          break;
        }
      }
    }
    return edge;
  }

  /** Whether a relative clause between commas, then "and", stands between two states: "Japan, which borders Russia, and South Korea". */
  private static boolean acrossAnAside(SentenceView s, Mention a, Mention b) {
    if (!a.isState() || !b.isState() || b.from() - a.to() > 18 || b.from() - a.to() < 3) return false;
    if (!s.commaBetween(a.to() - 1, a.to()) || !s.covered(a.to(), "relative", "relarticle")) return false;
    int last = -1;
    for (int i = a.to() + 1; i <= b.from(); i++) if (s.commaBetween(i - 1, i)) last = i;
    if (last < 0 || last >= b.from()) return false;
    boolean and = false;
    for (int i = last; i < b.from(); i++) {
      if (s.covered(i, "coord")) and = true;
      else if (!s.covered(i, "det", "thedef")) return false;
    }
    if (!and) return false;
    for (Mention m : s.mentions) if (m.from() > a.to() && m.to() <= last) return false;   // the clause names something the rules read
    for (Cues.Hit h : s.cues) if (h.from() > a.to() && h.from() < last && Asides.RELATION_WORDS.contains(h.category())) return false;   // "qui demande un statut d'observateur"
    return true;
  }

  /** Whether only commas, "and"-words and articles stand between two mentions. */
  private static boolean linked(SentenceView s, Mention a, Mention b) {
    String between = gap(s, a, b);
    // "dem Europäischen Wirtschaftsraum (EWR) und der Efta": a name's acronym in brackets restates it
    if (a.id().equals(b.id()) && between.strip().equals("(")) return true;
    if (between.stripLeading().startsWith(")") && charBefore(s, s.tokens.get(a.from()).start()) == '(') {
      between = between.stripLeading().substring(1);
    }
    if (acrossAnAside(s, a, b)) return true;                          // "Japan, which borders Russia, and South Korea"
    // "Против Ирана Вашингтон ввел": a name right after a preposition's object starts the clause, it does not extend a list
    // (also after a list there: "Против Ирана и Сирии Вашингтон ввел")
    if (between.isBlank() && a.isState() && b.isState() && s.near(listStart(s, a).from(), 1, 0, "against", "on", "with", "by")) return false;
    // "contre la Libye, Washington maintient les siennes": a name after a bare comma that a verb follows opens a clause
    // (only after a preposition's object: a headline's "Japan, Australia sign pact" is a list)
    if (between.strip().equals(",") && opensClause(s, b) && objectOfPreposition(s, a)) return false;
    if (between.isBlank() || between.strip().equals(",") || between.strip().equals("/")) return true;
    if (between.contains(":") || between.contains(";") || between.contains("(") || between.contains(")")) return false;  // "sul fronte americano: Washington"
    boolean person = b.kind().equals(Entity.LEADER);                        // "Belarus und dessen Präsidenten Lukaschenko"
    boolean listed = between.contains(",") || s.near(a.to(), 0, b.from() - a.to(), "coord");
    int skipped = 0;
    for (int i = a.to(); i < b.from(); i++) {
      if (s.covered(i, "coord", "det") || (a.kind().equals(Entity.ORGANIZATION) && s.covered(i, "from"))) continue;
      // "il Brasile di Dilma Rousseff, il Messico di Felipe Calderon": a state's leader named after it stays in its list
      Mention leader = listed && a.isState() && i == a.to() && s.covered(i, "from") ? leaderAt(s, i + 1) : null;
      if (leader != null) {
        skipped += leader.to() - i;
        i = leader.to() - 1;
        continue;
      }
      // "de l'Indonésie, de la Malaisie et des Philippines", "all'Iran e alla Siria": the preposition repeated
      if (listed && s.covered(i, "from", "on", "against", "by", "venue", "dative")) continue;   // "..., as well as by Egypt", "nell'Ue, nella Nato e nel G7", "e alle Filippine"
      // "против США, стран Евросоюза, Австралии", "the United States, EU countries and Australia": the bloc's countries listed as one
      if (listed && s.covered(i, "countryword") && (i == b.from() - 1 && b.isOrganization() || i == a.to() && a.isOrganization())) continue;
      if (person && s.covered(i, "poss", "title")) continue;
      if (listed && s.covered(i, "defunct")) {         // "Poland, Hungary, Czechoslovakia, Bulgaria": a state with no code stays in its list
        skipped++;
        continue;
      }
      // "Membro delle Nazioni Unite dal 1990, del Consiglio d'Europa": a date (and its preposition) after a name in a list
      boolean dated = s.inDate(i) || i + 1 < b.from() && s.inDate(i + 1) && !s.inMention(i) && !s.tokens.get(i).capitalized();
      if (listed && dated && a.isOrganization() && b.isOrganization() && !s.inDateline(a)) {
        skipped++;
        continue;
      }
      // "ECOWAS and the eight-nation UEMOA": an organization's count of members before its name
      if (listed && b.isOrganization() && countWordsUpTo(s, i, b.from())) break;
      return false;
    }
    return b.from() - a.to() - skipped <= (person || listed ? 4 : 3);
  }

  /** Whether [from, to) holds a count of members and nothing else: a number, then "nation", "member" or "country" words. */
  private static boolean countWordsUpTo(SentenceView s, int from, int to) {
    if (from >= to || !s.covered(from, "number")) return false;
    for (int i = from + 1; i < to; i++) if (!s.covered(i, "number", "countryword", "member")) return false;
    return true;
  }

  /** The last character before {@code at} that is no space, or 0. */
  private static char charBefore(SentenceView s, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(s.segment.charAt(i))) i--;
    return i < 0 ? 0 : s.segment.charAt(i);
  }

  private static Mention leaderAt(SentenceView s, int i) {
    for (Mention m : s.mentions) if (m.kind().equals(Entity.LEADER) && m.from() == i) return m;
    return null;
  }

  /** The chains with a mention within {@code window} tokens of token range [from, to). */
  static List<Mention> chainsNear(SentenceView s, int from, int to, int window) {
    List<Mention> out = new ArrayList<>();
    for (List<Mention> chain : stateChains(s)) {
      boolean near = false;
      for (Mention m : chain) near |= m.to() > from - window && m.from() < to + window;
      if (near) for (Mention m : chain) if (!namesId(out, m.id())) out.add(m);
    }
    return out;
  }

  /** Whether only articles, titles and demonyms stand in [from, m): "Il presidente bielorusso Lukashenko" opens its sentence. */
  static boolean onlyTitlesBefore(SentenceView s, int from, Mention m) {
    for (int i = from; i < m.from(); i++) {
      if (s.covered(i, "det", "title")) continue;
      if (!inDemonym(s, i)) return false;
    }
    return true;
  }

  /** Whether token {@code i} lies inside a state's adjective or demonym ("bielorusso", "Western"). */
  static boolean inDemonym(SentenceView s, int i) {
    for (Mention m : s.mentions) if (m.isAdjectival() && m.from() <= i && i < m.to()) return true;
    return false;
  }

  /** "le président bélarusse Alexandre Loukachenko", "Russian President Putin": a demonym that qualifies a person. */
  static boolean modifiesAPerson(SentenceView s, Mention m) {
    if (!m.isAdjectival()) return false;
    if (s.near(m.to(), 0, 2, "title")) return true;
    for (Mention o : s.mentions) if (o.kind().equals(Entity.LEADER) && o.from() >= m.to() && o.from() - m.to() <= 3) return true;
    return false;
  }

  /** Whether a preposition ("against", "with", "in") stands right before the mention, an article aside; not "On Friday, Russia". */
  static boolean objectOfPreposition(SentenceView s, Mention m) {
    for (Cues.Hit c : s.cues) {
      boolean elided = c.from() == m.from() && c.to() == c.from();          // "all'Ucraina": the preposition elided onto the name
      if (c.from() < m.from() - 2 || c.from() >= m.from() && !elided || s.commaBetween(c.from(), m.from())) continue;
      String k = c.category();
      if (!(k.equals("against") || k.equals("on") || k.equals("with") || k.equals("between") || k.equals("venue"))) continue;
      boolean taken = false;                     // "Против Ирана Вашингтон": the preposition's object is the name before
      for (Mention o : s.mentions) taken |= o != m && o.from() >= c.to() && o.to() <= m.from() && o.isActor();
      // "Во вторник Евросоюз утвердил", "Am Montag die EU": a day or date is the preposition's object
      for (int i = c.to(); i < m.from(); i++) taken |= s.inDay(i) || s.covered(i, "month");   // "In March Russia imposed"
      if (!taken) return true;
    }
    return false;
  }

  /**
   * The mentions of a list that starts within {@code reach} tokens after token {@code at}:
   * "on Russia, Belarus and Iran" gives all three. {@code kinds} restricts what may be listed.
   */
  static List<Mention> listAfter(SentenceView s, int at, int reach, Set<String> kinds) {
    List<Mention> out = new ArrayList<>();
    Mention prev = null;
    for (Mention m : s.mentions) {
      if (m.from() < at || !kinds.contains(m.kind()) || Venues.isVenue(s, m) || inTreatyName(s, m)) continue;
      if (prev == null) {
        if (m.from() > at + reach || m.from() > at && s.semicolonBetween(at - 1, m.from())) break;   // "... gesetzt; Estland, Lettland": another statement
      } else if (!linked(s, prev, m) && !apposition(prev, m) || opensClauseAfterList(s, out.get(0), prev, m)
          || out.size() >= 2 && closedByAnd(s, out.get(out.size() - 2), prev, m)) {
        break;                                     // "against Russia, while Britain and Canada..." ends the list
      }
      out.add(m);
      prev = m;
    }
    return out;
  }

  /** Whether a state is named within tokens [from, to). */
  static boolean stateBetween(SentenceView s, int from, int to) {
    for (Mention m : s.mentions) if (m.isState() && m.from() >= from && m.to() <= to) return true;
    return false;
  }

  /**
   * "Sanctionnée par les États-Unis, la Corée du Nord a renforcé...": after a preposition's
   * list, a name behind a comma with no "and" that a verb follows is the next clause's subject.
   */
  private static boolean opensClauseAfterList(SentenceView s, Mention first, Mention prev, Mention m) {
    if (!s.commaBetween(prev.to() - 1, m.from())) return false;
    for (int i = prev.to(); i < m.from(); i++) if (!s.covered(i, "det")) return false;
    // a list may open the clause only after an agent that opens the sentence: "Sanctioned by Washington, Venezuela and Cuba turned"
    // (not "Military rulers in Mali, Niger and Burkina Faso signed": one list)
    boolean agentOpens = s.near(first.from(), 2, 0, "by") && first.from() - s.body() <= 4;
    if (!opensClause(s, agentOpens ? listEnd(s, m) : m)) return false;
    return objectOfPreposition(s, first) || s.near(first.from(), 2, 0, "by");
  }

  /** "president of Belarus Alexander Lukashenko", "Venezuelan President Nicolas Maduro": a state then its leader. */
  private static boolean apposition(Mention a, Mention b) {
    return a.isState() && b.kind().equals(Entity.LEADER) && b.from() - a.to() <= 2;
  }

  /** A leader's state as a mention at the leader's place, so that nearness to a cue counts from where he is named. */
  static Mention stateAt(Mention leader, String state) {
    return new Mention(Entity.STATE, state, Form.NAME, leader.from(), leader.to(), leader.start(), leader.end(), leader.surface(), false);
  }
}
