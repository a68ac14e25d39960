package org.entente.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A leader's government named after the leader: "the Trump administration", "l'administration
 * Biden", "il governo Meloni", "администрация Байдена", "the government of Prime Minister Sharif".
 * Wire copy writes these as the actor ("The Obama administration imposed sanctions on ..."): for a
 * leader out of office at the article's date, whom the rules do not read as a state, the phrase
 * becomes a mention of the state the leader led, beside the leader's own.
 */
final class LeaderGovernments {

  private LeaderGovernments() {}

  /** The mentions with one added on each government word named after a leader, in order. */
  static List<Mention> add(List<Mention> found, List<Token> tokens, List<Cues.Hit> hits, Leaders leaders, LocalDate date) {
    List<Mention> added = null;
    for (Cues.Hit h : hits) {
      // not a title's word: "el jefe del Gobierno José María Aznar"
      if (!h.category().equals("administration") || Surnames.inMention(found, h.from()) || inCategory(hits, h.from(), "title")) continue;
      Mention leader = leaderBeside(found, tokens, hits, h);
      if (leader == null) continue;
      // a leader in office at the date already stands for the state in the rules ("Washington" or "Trump" alike);
      // one out of office does not, and the government word is then what names the state
      if (leaders.stateAt(leader.id(), date) != null) continue;
      String state = leaders.stateOrHome(leader.id(), date);
      if (state == null || stateNear(found, state, Math.min(h.from(), leader.from()))) continue;
      // the whole phrase, the leader's name within it: "администрация Джо Байдена" is one actor
      int from = Math.min(h.from(), leader.from());
      int to = Math.max(h.to(), leader.to());
      Token first = tokens.get(from);
      Token last = tokens.get(to - 1);
      if (added == null) added = new ArrayList<>();
      added.add(new Mention(Entity.STATE, state, Form.GOVERNMENT, from, to, first.start(), last.end(),
          tokens.get(h.from()).surface(), false));
    }
    return added == null ? found : Surnames.merged(found, added);
  }

  /**
   * The leader the government word is named after: right before it ("the Trump administration",
   * "Trump-Regierung"), right after it ("l'administration Trump", "администрация Байдена"), or
   * after "of" and a title ("the government of Prime Minister Nawaz Sharif", "el Gobierno de Pedro Sánchez").
   */
  private static Mention leaderBeside(List<Mention> found, List<Token> tokens, List<Cues.Hit> hits, Cues.Hit h) {
    for (Mention m : found) {
      if (!m.kind().equals(Entity.LEADER)) continue;
      if (m.to() == h.from() && !tokens.get(m.to() - 1).isPossessive()) return m;   // not "Obama's government", which the possessive already reads
      if (m.from() == h.to()) return m;
      if (m.from() > h.to() && m.from() - h.to() <= 4 && ofThenTitle(tokens, hits, h.to(), m.from())) return m;
    }
    return null;
  }

  /** Whether tokens [from, to) are "of" and a title: "of President", "del presidente", "di". */
  private static boolean ofThenTitle(List<Token> tokens, List<Cues.Hit> hits, int from, int to) {
    if (!inCategory(hits, from, "of") && !inCategory(hits, from, "from")) return false;
    for (int i = from + 1; i < to; i++) if (!inCategory(hits, i, "title") && !inCategory(hits, i, "det")) return false;
    return true;
  }

  private static boolean inCategory(List<Cues.Hit> hits, int i, String category) {
    for (Cues.Hit h : hits) if (h.from() <= i && i < h.to() && h.category().equals(category)) return true;
    return false;
  }

  /** "the U.S. Trump administration", "the Israeli government of Netanyahu": the state is named already. */
  private static boolean stateNear(List<Mention> found, String state, int from) {
    for (Mention m : found) if (m.isState() && m.id().equals(state) && m.to() == from) return true;
    return false;
  }
}
