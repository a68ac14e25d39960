package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who imposes sanctions when the sentence names the actor away from the sanctions word: in a
 * relative clause ("the sanctions that the EU imposed on Russia"), as the agent of a participle
 * further on ("les sanctions imposées aux États-Unis par la Russie", "durch die EU ... verlängert
 * worden", "Санкции, введённые Россией"), or before it in a German attribute ("die durch die UNO
 * gegen die USA verhängten Sanktionen").
 */
final class SanctionAgent {

  private static final Set<String> ACTORS = Set.of(Entity.STATE, Entity.ORGANIZATION);

  /** The sources, the cue that marks them, and the preposition before the targets (or null). */
  record Found(List<Mention> sources, Cues.Hit marker, Cues.Hit target) {}

  private SanctionAgent() {}

  static Found find(SentenceView s, Cues.Hit h, Language lang) {
    Found f = relative(s, h);
    if (f == null && lang == Language.RU) f = instrumental(s, h);
    if (f == null) f = agentAfter(s, h);
    if (f == null && lang == Language.DE) f = agentBefore(s, h);
    if (f == null && lang == Language.EN) f = contactClause(s, h);
    return f;
  }

  /**
   * "the sanctions packages the EU has adopted against Moscow", "the sanctions Washington imposed
   * on Iran": an English relative clause without "that", the actor right after the noun and its
   * verb right after the actor.
   */
  private static Found contactClause(SentenceView s, Cues.Hit h) {
    int at = h.to();
    while (at < s.to && at - h.to() < 2 && !s.tokens.get(at).capitalized() && !s.inMention(at)
        && !s.covered(at, "det", "thedef", "against", "on", "by", "from", "with", "venue", "coord", "relative", "lift", "impose")
        && Character.isLetter(s.tokens.get(at).surface().charAt(0)) && !s.commaBetween(at - 1, at)) at++;   // "packages"
    if (at < s.to && s.covered(at, "det", "thedef") && !s.commaBetween(at - 1, at)) at++;
    if (at >= s.to || s.commaBetween(at - 1, at)) return null;
    for (Mention m : s.mentions) {
      if (m.from() != at || !m.isActor() || m.isAdjectival()) continue;
      for (Cues.Hit v : s.cues) {
        boolean verb = v.category().equals("impose") || v.category().equals("create") || v.category().equals("extend") || v.category().equals("adopt");
        if (verb && v.from() >= m.to() && v.from() - m.to() <= 2) return new Found(List.of(m), v, after(s, v.to(), 3));
      }
    }
    return null;
  }

  /** "the sanctions that the European Union imposed on Russia", "le sanzioni che l'Ue ha imposto alla Russia". */
  private static Found relative(SentenceView s, Cues.Hit h) {
    int end = afterAdjectives(s, h.to());
    for (Cues.Hit r : s.cues) {
      // German opens the clause with the article after a comma: "Das Waffenembargo, das die EU 1989 gegen China verhängte"
      boolean relative = r.category().equals("relative") || r.category().equals("relarticle") && r.from() > s.from && s.commaBetween(r.from() - 1, r.from());
      if (!relative || r.from() < h.to() || r.from() > end + 1) continue;
      List<Mention> who = new java.util.ArrayList<>(Mentions.listAfter(s, r.to(), 2, ACTORS));
      who.removeIf(m -> m.formType().equals(Form.ANTI));      // "санкций, который ужесточает антироссийские санкции": a target
      // "которые администрация Дональда Трампа ввела": a sitting leader's government, the leader standing for the state
      if (who.isEmpty()) who = Mentions.listAfter(s, r.to(), 2, Set.of(Entity.LEADER));
      // German puts the clause's verb last, before the comma that closes the clause
      int reach = r.category().equals("relarticle") ? clauseLength(s, r.to(), 20) : 8;
      if (who.isEmpty() || !s.near(r.to(), 0, reach, "impose", "create", "extend")) return null;
      // not "le sanzioni economiche che colpivano Tripoli": a name after the clause's verb is its object
      for (Cues.Hit v : s.cues) {
        boolean verb = v.category().equals("impose") || v.category().equals("create") || v.category().equals("extend") || v.category().equals("against");
        if (verb && v.from() >= r.to() && v.to() <= who.get(0).from()) return null;
      }
      int from = who.get(who.size() - 1).to();
      Cues.Hit target = after(s, from, 6);
      // (in a long German clause, "gegen" rather than an "auf" of a place: "nach der Niederschlagung der Proteste auf dem Platz ... gegen China")
      if (reach > 8) for (Cues.Hit a : s.cues("against")) if (a.from() >= from && a.from() < r.to() + reach) target = a;
      return new Found(who, r, target);
    }
    return null;
  }

  /** The tokens from {@code at} to the next comma, at most {@code max}. */
  private static int clauseLength(SentenceView s, int at, int max) {
    int i = at;
    while (i < s.to && i - at < max && !(i > at && s.commaBetween(i - 1, i))) i++;
    return i - at;
  }

  /** Past the adjectives after the word: "el embargo económico, comercial y financiero que Washington mantiene". */
  private static int afterAdjectives(SentenceView s, int at) {
    int i = at;
    while (i < s.to && i - at < 6 && !s.tokens.get(i).capitalized() && !s.inMention(i)
        && Character.isLetter(s.tokens.get(i).surface().charAt(0))
        && (s.covered(i, "coord") || !s.covered(i, "relative", "against", "on", "by", "from", "with", "venue", "sanction", "impose", "det"))) i++;
    return i;
  }

  /** "Санкции, введённые Россией против Финляндии": the agent in the instrumental right after the participle. */
  private static Found instrumental(SentenceView s, Cues.Hit h) {
    for (Cues.Hit p : s.cues("impose")) {
      if (p.from() < h.to() || p.from() > h.to() + 1) continue;
      for (Mention m : s.mentions) {
        if (m.from() == p.to() && m.isActor()) return new Found(List.of(m), p, after(s, m.to(), 3));
      }
    }
    return null;
  }

  /** "imposées aux États-Unis par la Russie", "a été décrété mercredi par l'ONU", "durch die EU ... verlängert worden". */
  private static Found agentAfter(SentenceView s, Cues.Hit h) {
    for (Cues.Hit b : s.cues("by")) {
      if (b.from() <= h.to() + 2 || b.from() > h.to() + 12) continue;
      if (s.near(b.from(), b.from() - h.to(), 0, "inline")) continue;    // "in line with measures adopted by the EU": another's measures
      boolean enacted = false;                   // a participle between, or (German) just after the agent
      for (int i = h.to(); i < Math.min(s.to, b.from() + 8); i++) enacted |= s.covered(i, "impose", "create", "extend");
      List<Mention> who = Mentions.listAfter(s, b.to(), 2, ACTORS);
      if (enacted && !who.isEmpty()) return new Found(who, b, null);
    }
    return null;
  }

  /** "die durch die UNO gegen die USA verhängten Sanktionen": the agent inside the attribute before the noun. */
  private static Found agentBefore(SentenceView s, Cues.Hit h) {
    if (h.from() == s.from || !s.covered(h.from() - 1, "impose", "create", "extend")) return null;
    for (Cues.Hit b : s.cues("by")) {
      if (b.to() > h.from() || h.from() - b.to() > 8) continue;
      List<Mention> who = Mentions.listAfter(s, b.to(), 2, ACTORS);
      // not "die nach den Atomtests von 1998 gegen Indien verhängten Sanktionen": past "gegen" the name is the target
      if (!who.isEmpty() && s.near(b.to(), 0, who.get(0).from() - b.to(), "against", "on")) continue;
      if (!who.isEmpty()) return new Found(who, b, null);
    }
    return null;
  }

  /** The first "on" or "against" within {@code reach} tokens after a token. */
  private static Cues.Hit after(SentenceView s, int from, int reach) {
    for (Cues.Hit c : s.cues) {
      if ((c.category().equals("on") || c.category().equals("against")) && c.from() >= from && c.from() <= from + reach) return c;
    }
    return null;
  }

  /**
   * "Санкции ООН и Евросоюза", "под санкциями Евросоюза, США, Великобритании и Канады": the actors
   * listed right after a genitive source, when "и" closes the list (not "давление Запада, российская экономика").
   */
  static List<Mention> genitivesJoined(SentenceView s, Mention first) {
    List<Mention> out = new ArrayList<>();
    Mention prev = first;
    for (Mention m : s.mentions) {
      if (m.from() < prev.to()) continue;
      boolean and = m.from() == prev.to() + 1 && s.covered(prev.to(), "coord");
      boolean comma = m.from() == prev.to() && s.commaBetween(prev.to() - 1, m.from());
      if (!(and || comma) || !m.isActor() || m.formType().equals(Form.ANTI) || m.isAdjectival()) break;
      out.add(m);
      prev = m;
      if (and) return out;
    }
    return List.of();
  }
}
