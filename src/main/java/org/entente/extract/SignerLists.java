package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lists of signers a signing sentence gives apart from its subject: leaders behind a colon or
 * dash after the verb, one name per titled state, and those "alongside" the signer.
 * {@link TreatySigners} reads them.
 */
final class SignerLists {

  private SignerLists() {}

  /**
   * The leaders listed after a colon that closes the description of a signer after "by", the
   * first after the verb or one joined to it by "and": "and by the presidents of the four
   * members: Carlos Menem (Argentina), Fernando Henrique Cardoso (Brazil)...".
   */
  static List<Mention> listedAfterColon(SentenceView s, Cues.Hit act, Cues.Hit first) {
    if (first == null) return List.of();
    for (Cues.Hit b : s.cues("by")) {
      if (b.from() < first.from() || b.from() - act.to() > 25 || b != first && !s.covered(b.from() - 1, "coord")) continue;
      List<Mention> out = leadersBehindMark(s, b.to(), false);
      if (out != null) return out;
    }
    return List.of();
  }

  /** The leaders a title after the signing verb introduces, behind a dash: "подписали ... президенты России и Белоруссии — Путин и Лукашенко". */
  static List<Mention> titledAfterTheVerb(SentenceView s, Cues.Hit act) {
    for (Cues.Hit t : s.cues("title")) {
      if (t.from() < act.to() || t.from() - act.to() > 15) continue;
      List<Mention> out = leadersBehindMark(s, t.to(), true);
      if (out != null) return out;
      // "подписан ... президентами России, Белоруссии и Казахстана Владимиром Путиным, Александром Лукашенко и ...": one name per state, no mark
      List<Mention> states = Mentions.listAfter(s, t.to(), 1, Set.of(Entity.STATE));
      if (states.size() < 2) continue;
      List<Mention> leaders = Mentions.listAfter(s, states.get(states.size() - 1).to(), 0, Set.of(Entity.LEADER));
      if (leaders.size() == states.size()) return leaders;
    }
    return List.of();
  }

  /**
   * The leaders listed behind the first colon (or, with {@code dash}, dash) within twelve words
   * after {@code from}, up to a semicolon or another clause; null when no such mark stands there.
   */
  private static List<Mention> leadersBehindMark(SentenceView s, int from, boolean dash) {
    for (int i = from; i < s.to - 1 && i - from < 12; i++) {
      if (s.covered(i, "sign", "treaty", "clause") || s.semicolonBetween(i, i + 1)) break;
      if (!(dash ? s.dashBetween(i, i + 1) : s.colonBetween(i, i + 1))) continue;
      List<Mention> out = new ArrayList<>();
      for (Mention m : s.mentions) {
        if (m.from() <= i) continue;
        if (s.semicolonBetween(i, m.from()) || s.clauseIn(i + 1, m.from())) break;
        if (m.kind().equals(Entity.LEADER)) out.add(m);
      }
      return out;
    }
    return null;
  }

  /** The leaders and states named right after "together with" a few words after the verb: "firmato oggi insieme a Donald Trump". */
  static List<Mention> alongside(SentenceView s, Cues.Hit act) {
    for (Cues.Hit a : s.cues("alongside")) {
      // (also past the object and a place: "signed the summit declaration in the Ciragan palace on the Bosphorus alongside")
      if (a.from() >= act.to() && a.from() - act.to() <= 12 && !s.pastComma(act, a.from()) && !s.clauseIn(act.to(), a.from())) {
        List<Mention> out = new ArrayList<>(Mentions.listAfter(s, a.to(), 2, Set.of(Entity.LEADER, Entity.STATE)));
        if (!out.isEmpty()) out.addAll(titledAfterTheList(s, out.get(out.size() - 1).to()));
        return out;
      }
      // "Los presidentes de Argentina, ..., junto al embajador de Guyana en Chile, firmaron": beside the subject, an envoy's state
      boolean besideTheSubject = a.to() <= act.from() && act.from() - a.to() <= 10 && s.commaBetween(a.from() - 1, a.from())
          && !s.clauseIn(a.to(), act.from());
      if (besideTheSubject) {
        List<Mention> states = Mentions.listAfter(s, a.to(), Math.max(2, TreatySigners.officialsBefore(s, a.to())), Set.of(Entity.LEADER, Entity.STATE));
        // (all of a list joined by "and": "Украина, вместе с Россией и Белоруссией подписавшая")
        List<Mention> before = new ArrayList<>();
        for (Mention m : states) if (m.to() <= act.from()) before.add(m);
        if (!before.isEmpty()) return before;
      }
    }
    return new ArrayList<>();
  }

  /** "... Moldova's Mircea Snegur and the presidents of Albania, Bulgaria, Georgia and Romania": the states a title after "and" adds. */
  private static List<Mention> titledAfterTheList(SentenceView s, int end) {
    if (end >= s.to || !s.covered(end, "coord")) return List.of();
    for (int i = end + 1; i < Math.min(s.to, end + 4); i++) {
      if (s.covered(i, "title", "presidentword", "leaders")) return Mentions.listAfter(s, i + 1, 2, Set.of(Entity.STATE));
    }
    return List.of();
  }

  /**
   * "signé par le général Tiani, hôte du sommet, par le colonel Goïta et par le capitaine Traoré":
   * a leader a few words after a "by" that repeats the first one, after a comma or "and".
   */
  static boolean afterARepeatedBy(SentenceView s, Cues.Hit by, Mention m) {
    if (!m.kind().equals(Entity.LEADER)) return false;
    for (Cues.Hit b : s.cues("by")) {
      if (b.from() <= by.to() || b.from() - by.to() > 30 || s.clauseIn(by.to(), b.from())) continue;
      boolean repeated = s.commaBetween(b.from() - 1, b.from()) || s.covered(b.from() - 1, "coord");
      if (repeated && m.from() >= b.to() && m.from() - b.to() <= 4) return true;
    }
    return false;
  }

  /**
   * "Im Marmorsaal unterzeichneten am Sonntag die Außenminister der Sowjetunion, der Vereinigten
   * Staaten ...": German puts the subject after the verb when a phrase with no actor opens the
   * sentence; the states named right after the verb (a date aside), not past a comma or the object.
   */
  static List<Mention> subjectsAfterTheVerb(SentenceView s, Cues.Hit act) {
    if (act.from() <= s.from || s.tokens.get(act.from()).capitalized() || s.mentions.stream().anyMatch(m -> m.isActor() && m.to() <= act.from())) {
      return List.of();
    }
    int at = act.to();
    while (at < s.to && at - act.to() < 4 && (s.inDate(at) || s.inDay(at) || s.covered(at, "on"))) at++;
    List<Mention> after = Mentions.listAfter(s, at, Math.max(1, TreatySigners.officialsBefore(s, at)), Set.of(Entity.STATE));
    // not "wurde ... unterzeichnet, der an Iran ... grenzenden Exklave", nor "unterzeichnen Abkommen – Ägypten und Sudan bleiben fern"
    if (!after.isEmpty() && (s.commaBetween(act.to() - 1, after.get(0).from()) || s.near(after.get(0).from(), after.get(0).from() - act.to(), 0, "treaty"))) {
      return List.of();
    }
    return after;
  }

  /**
   * "Под документом поставили подписи Президент Бангладеш Х. М. Эршад, король Бутана ...", "Die
   * Unterschriften setzten der indonesische Präsident Suharto, der philippinische Präsident ...":
   * "Per i Paesi membri hanno firmato, tra gli altri, il padrone di casa Silvio Berlusconi, il presidente
   * americano George W. Bush ...": German, Russian and the Romance languages put the subject after the
   * verb when no actor comes before it; the leaders
   * listed there, each a few words after the one before, up to another clause.
   */
  static List<Mention> leadersAfterTheVerb(SentenceView s, Cues.Hit act, Language lang) {
    if (lang == Language.EN) return List.of();
    // a verb, or a phrase of two words ("поставили подписи"): not a noun that some later subject comments on ("Die Unterzeichnung begrüßte ...")
    // (Russian writes its nouns in lower case too: "Церемонию подписания посетил президент" is no signing by him;
    // Italian, Spanish and French ones take an article: "dopo la firma, il presidente ... ha detto")
    String word = s.tokens.get(act.from()).folded();
    boolean romance = lang == Language.IT || lang == Language.ES || lang == Language.FR;
    boolean verb = act.to() - act.from() >= 2 && !romance || !s.tokens.get(act.from()).capitalized()
        && (lang == Language.DE || word.startsWith("подписал") || word.startsWith("подписыва")
            || romance && !(act.from() > s.from && s.covered(act.from() - 1, "det", "thedef", "from", "poss")));
    if (!verb || s.mentions.stream().anyMatch(m -> m.isActor() && m.to() <= act.from())) return List.of();
    if (s.near(act.from(), act.from() - s.from, 0, "decree")) return List.of();     // "Закон о денонсации подписал ... президент": a law, no treaty
    List<Mention> out = new ArrayList<>();
    int last = act.to();
    for (Mention m : s.mentions) {
      if (m.from() < act.to()) continue;
      if (m.from() - last > (out.isEmpty() ? 8 : 10) || s.semicolonBetween(last, m.from()) || s.clauseIn(last, m.from())) break;
      if (s.near(m.from(), m.from() - act.to(), 0, "presence")) break;      // "a été signé ... en présence du président algérien"
      // "El documento fue rubricado tras una audiencia con el rey Mohamed VI": a leader met, not the subject
      if (romance && s.near(m.from(), m.from() - act.to(), 0, "afterwards", "with")) break;
      if (m.kind().equals(Entity.LEADER)) {
        out.add(m);
        last = m.to();
      }
    }
    return out;
  }
}
