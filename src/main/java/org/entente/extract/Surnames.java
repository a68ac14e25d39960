package org.entente.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Leaders named again by surname alone: "Syrian President Bashar al-Assad ... Washington froze
 * the assets of Assad". After a leader is named in full, a later capitalized word that ends that
 * name as written is the same leader; the table lists bare surnames only for a few leaders, since
 * alone, out of context, many are ambiguous (Assad, Kim, Bush).
 */
final class Surnames {

  private Surnames() {}

  /** The mentions with those of surnames added, in order. */
  static List<Mention> resolve(List<Mention> found, List<Token> tokens) {
    boolean leaders = false;
    for (Mention m : found) leaders |= m.kind().equals(Entity.LEADER) && m.to() - m.from() >= 2;
    if (!leaders) return found;
    List<Mention> out = new ArrayList<>(found.size() + 4);
    Map<String, String> bySurname = new HashMap<>();   // the term of a full name's last word -> the leader
    int next = 0;
    int coveredTo = 0;
    for (int i = 0; i < tokens.size(); i++) {
      while (next < found.size() && found.get(next).from() <= i) {
        Mention m = found.get(next++);
        out.add(m);
        coveredTo = Math.max(coveredTo, m.to());
        if (m.kind().equals(Entity.LEADER) && m.to() - m.from() >= 2) bySurname.put(tokens.get(m.to() - 1).term(), m.id());
      }
      if (i < coveredTo || bySurname.isEmpty()) continue;
      Token t = tokens.get(i);
      String id = bySurname.get(t.term());
      if (id != null && t.capitalized() && t.surface().length() >= 3) {
        out.add(new Mention(Entity.LEADER, id, Form.NAME, i, i + 1, t.start(), t.end(), t.surface(), false));
      }
    }
    while (next < found.size()) out.add(found.get(next++));
    return out;
  }

  /**
   * A headline's bare surname of a leader in office whom the article's text names in full:
   * "Клинтон ввёл эмбарго" over "Президент США Билл Клинтон подписал указ". A surname that ends
   * the full names of two such leaders stays unread.
   */
  static List<Mention> fromText(List<Mention> found, List<Token> tokens, String text, Leaders leaders, java.time.LocalDate date) {
    List<Mention> added = new ArrayList<>();
    int m = 0;
    for (int i = 0; i < tokens.size(); i++) {
      while (m < found.size() && found.get(m).to() <= i) m++;
      if (m < found.size() && found.get(m).from() <= i) continue;
      Token t = tokens.get(i);
      if (!t.capitalized() || t.surface().length() < 3) continue;
      String id = null;
      for (String[] c : leaders.endingIn(Cues.fold(t.surface()))) {
        if (leaders.stateAt(c[0], date) == null || !text.contains(c[1])) continue;
        if (id != null && !id.equals(c[0])) return found;
        id = c[0];
      }
      if (id != null) added.add(new Mention(Entity.LEADER, id, Form.NAME, i, i + 1, t.start(), t.end(), t.surface(), false));
    }
    return merged(found, added);
  }

  /**
   * "President Kennedy", "le président Carter", "Präsident Macron": a surname right after a title
   * is the leader in office at the article's date whose full name ends in it, when only one does.
   * Wire copy names a sitting leader this way without the full name.
   */
  static List<Mention> afterTitles(List<Mention> found, List<Token> tokens, List<Cues.Hit> hits, Leaders leaders,
                                   java.time.LocalDate date) {
    List<Mention> added = new ArrayList<>();
    for (Cues.Hit h : hits) {
      if (!h.category().equals("title") || h.to() >= tokens.size()) continue;
      int i = h.to();
      Token t = tokens.get(i);
      if (!t.capitalized() || t.surface().length() < 3 || inMention(found, i)) continue;
      // "President Ayub Khan": two names that end a full name ("Muhammad Ayub Khan"), else one ("President Carter")
      boolean two = i + 1 < tokens.size() && tokens.get(i + 1).capitalized() && !inMention(found, i + 1);
      int to = i + 1;
      String id = null;
      if (two) {
        Token u = tokens.get(i + 1);
        String tail = " " + Cues.fold(t.surface()) + " " + Cues.fold(bare(u));
        id = sittingEndingIn(leaders, Cues.fold(bare(u)), tail, date);
        if (id != null) to = i + 2;
      }
      if (id == null) id = sittingEndingIn(leaders, Cues.fold(bare(t)), null, date);
      Token last = tokens.get(to - 1);
      if (id != null && added.stream().noneMatch(m -> m.from() == i)) {
        added.add(new Mention(Entity.LEADER, id, Form.NAME, i, to, t.start(), last.end(), text(t, last), false));
      }
    }
    return merged(found, added);
  }

  /** The one leader in office at the date whose full name ends in the word (and in {@code tail}, when given); null if none or several. */
  private static String sittingEndingIn(Leaders leaders, String word, String tail, java.time.LocalDate date) {
    String id = null;
    for (String[] c : leaders.endingIn(word)) {
      if (leaders.stateAt(c[0], date) == null || tail != null && !Cues.fold(" " + c[1]).endsWith(tail)) continue;
      if (id != null && !id.equals(c[0])) return null;
      id = c[0];
    }
    return id;
  }

  private static String bare(Token t) {
    return t.isPossessive() ? t.surface().substring(0, t.surface().length() - 2) : t.surface();
  }

  private static String text(Token first, Token last) {
    return first == last ? first.surface() : first.surface() + " " + last.surface();
  }

  /** The mentions found with those added, in text order; the same list when none was added. */
  static List<Mention> merged(List<Mention> found, List<Mention> added) {
    if (added.isEmpty()) return found;
    List<Mention> out = new ArrayList<>(found);
    out.addAll(added);
    out.sort(java.util.Comparator.comparingInt(Mention::from));
    return out;
  }

  /** Whether token {@code i} lies in one of the mentions found. */
  static boolean inMention(List<Mention> found, int i) {
    for (Mention m : found) if (m.from() <= i && i < m.to()) return true;
    return false;
  }
}
