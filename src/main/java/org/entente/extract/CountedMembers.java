package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Members given by a count ("l'Igad compte huit membres", "the three Baltic members of NATO"): a
 * count alone names no one; the states listed after it, behind a colon, a dash, "including" or
 * commas, or as leaders with their states in brackets, are the members. {@link MembershipRule}
 * calls it for each membership word.
 */
final class CountedMembers {

  private CountedMembers() {}

  /** "nine members of the Council", "27 Mitgliedstaaten": a count, not a list of who is a member. */
  static boolean counted(SentenceView s, Cues.Hit h) {
    if (h.from() <= s.from) return false;
    // "par les six membres de l'Asean - Brunei, l'Indonésie, ...": a count with its list after it, whatever list comes before
    if (s.near(h.from(), 1, 0, "number") && !listed(s, h).isEmpty()) return true;
    for (List<Mention> chain : Mentions.stateChains(s)) {
      Mention last = chain.get(chain.size() - 1);
      boolean near = h.from() - last.to() <= 5
          // "Riyad, Caracas et Téhéran figurent pourtant tous trois parmi les cinq membres": a few words more, naming nothing
          || h.from() - last.to() <= 8 && !s.clauseIn(last.to(), h.from()) && !mentionIn(s, last.to(), h.from());
      if (chain.size() >= 2 && last.to() <= h.from() && near) return false; // "X, Y and Z are the three members"
    }
    // "руководители 16 государств — членов НАТО": the count stands before the word for states the cue describes
    int at = h.from();
    if (at - 1 > s.from && s.covered(at - 1, "countryword") && s.dashBetween(at - 1, at)) at--;
    if (s.near(at, 1, 0, "number") && !s.covered(at - 1, "all")) return true;   // not "all members of NATO"
    Token prev = s.tokens.get(at - 1);
    boolean digits = prev.surface().length() <= 3 && prev.surface().chars().allMatch(Character::isDigit);
    boolean ordinal = prev.end() < s.segment.length() && !Character.isWhitespace(s.segment.charAt(prev.end())); // 31., 31°, 31st, 31-м
    return digits && !ordinal;
  }

  /**
   * The states listed after a count of members, behind a colon or an "including" word within a
   * few words of the cue: "compte huit membres : Djibouti, l'Érythrée...", "32 Mitglieder, darunter".
   */
  static List<Mention> listed(SentenceView s, Cues.Hit h) {
    int end = ownerEnds(s, h);
    for (Cues.Hit i : s.cues("including")) {
      if (i.from() >= h.to() && i.from() - end <= 5) return Mentions.listAfter(s, i.to(), 2, java.util.Set.of(Entity.STATE));
    }
    // "NATO's 32 members include France and Germany": the count's verb of inclusion names them
    for (Cues.Hit i : s.cues("comprise")) {
      if (i.from() >= h.to() && i.from() - end <= 1) return Mentions.listAfter(s, i.to(), 2, java.util.Set.of(Entity.STATE));
    }
    List<Mention> apposed = apposedList(s, h, end);
    if (!apposed.isEmpty()) return apposed;
    for (int i = h.to() - 1; i < Math.min(s.to - 1, end + 5); i++) {
      if (s.colonBetween(i, i + 1) || s.dashBetween(i, i + 1)) {
        List<Mention> byLeaders = statesOfLeadersListed(s, i + 1);
        return byLeaders.isEmpty() ? upToDash(s, Mentions.listAfter(s, i + 1, 2, java.util.Set.of(Entity.STATE))) : byLeaders;
      }
    }
    return List.of();
  }

  /** The list up to a dash that closes it: "- Brunei, ..., Singapour et la Thaïlande - et par le Laos". */
  private static List<Mention> upToDash(SentenceView s, List<Mention> list) {
    for (int k = 1; k < list.size(); k++) {
      String between = s.textBetween(list.get(k - 1).to() - 1, list.get(k).from());
      if (between.contains(" -") || between.indexOf('–') >= 0 || between.indexOf('—') >= 0) return list.subList(0, k);   // also " -, ainsi que"
    }
    return list;
  }

  /** "I tre membri dell'Aukus, Australia, Regno Unito e Stati Uniti, hanno annunciato": a list set apart by commas right after the counted members. */
  private static List<Mention> apposedList(SentenceView s, Cues.Hit h, int end) {
    if (end >= s.to || !s.commaBetween(end - 1, end)) return List.of();
    List<Mention> list = Mentions.listAfter(s, end, 1, java.util.Set.of(Entity.STATE));
    if (list.size() < 2) return List.of();
    // "Among NATO's 16 members, the United States, Britain, France and Germany will make the deepest cuts": the subject picked among them
    if (s.covered(s.from, "among") && h.from() - s.from <= 5) return list;
    int after = list.get(list.size() - 1).to();
    // (or ends the sentence, three or more: "ne comptait à l'origine que six membres, la France, ..., les Pays-Bas et le Luxembourg.";
    // not "con i dieci Paesi dell'Asean, l'India e il Giappone.": two more beside them)
    return after >= s.to && list.size() >= 3 || after < s.to && s.commaBetween(after - 1, after) ? list : List.of();
  }

  /** "los cuatro miembros plenos del Mercosur: Carlos Menem (Argentina), Fernando Henrique Cardoso (Brasil), ...": each leader's state in brackets. */
  private static List<Mention> statesOfLeadersListed(SentenceView s, int from) {
    List<Mention> out = new ArrayList<>();
    Mention previous = null;
    for (Mention m : s.mentions) {
      if (m.from() < from) continue;
      if (m.isState() && previous != null && previous.kind().equals(Entity.LEADER) && previous.to() == m.from()
          && s.textBetween(previous.to() - 1, m.from()).strip().equals("(")) out.add(m);
      else if (!m.kind().equals(Entity.LEADER)) break;
      previous = m;
    }
    return out.size() >= 2 ? out : List.of();
  }

  /**
   * Where "the ten members of ..." ends: after an organization named within three words of the
   * cue and its acronym in brackets ("los diez miembros de la Asociación de Naciones del Sudeste
   * Asiático (ASEAN), es decir, Brunéi ..."), else at the cue.
   */
  private static int ownerEnds(SentenceView s, Cues.Hit h) {
    int end = h.to();
    for (Mention m : s.mentions) {
      if (m.isOrganization() && m.from() >= h.to() && m.from() - end <= 3) end = m.to();
    }
    return end;
  }

  /** "che cinque Stati membri non ne riconoscono l'indipendenza": a count of members opening a clause of its own, no one named as one. */
  static boolean aCountOnly(SentenceView s, Cues.Hit h) {
    int n = h.from() - 1;
    while (n > s.from && s.covered(n, "countryword", "member")) n--;    // "cinque Stati membri": the number before the words for states
    if (n < s.from || !s.covered(n, "number")) return false;
    int before = n - 1;
    return before >= s.from && s.covered(before, "relative", "clause") && !s.near(before, 2, 0, "partof");
  }

  private static boolean mentionIn(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) if (s.inMention(i)) return true;
    return false;
  }
}
