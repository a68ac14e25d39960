package org.entente.extract;

import java.util.List;

/**
 * Who acts in a sentence: the states or organizations before a cue that are its subject, not the
 * object of a preposition, and the state or organization a sentence opens with.
 */
final class Subjects {

  private Subjects() {}

  /**
   * The actors that are the subject of a cue at token {@code at}: the nearest list of states or
   * organizations before it, within {@code reach} tokens, that is not the object of a preposition
   * ("against", "with", "between", "in").
   */
  static List<Mention> subjectBefore(SentenceView s, int at, int reach) {
    return subjectBefore(s, at, reach, s.actorChains());
  }

  /** Like {@link #subjectBefore(SentenceView, int, int)} for the mentions {@code keep} accepts. */
  static List<Mention> subjectBefore(SentenceView s, int at, int reach, java.util.function.Predicate<Mention> keep) {
    return subjectBefore(s, at, reach, Mentions.chains(s, keep));
  }

  /** Like {@link #subjectBefore(SentenceView, int, int)} for states only. */
  static List<Mention> statesBefore(SentenceView s, int at, int reach) {
    return subjectBefore(s, at, reach, s.stateChains());
  }

  /**
   * How many words a relative clause set off by commas right after a subject takes before
   * {@code at}: "Switzerland, which joined the United Nations only in 2002 after voters approved
   * membership in a referendum, has adopted ..." reaches its verb as if the clause were not there.
   */
  private static int relativeAside(SentenceView s, int after, int at) {
    if (after >= at || !s.covered(after, "relative") || !s.commaBetween(after - 1, after)) return 0;
    for (int i = after + 1; i < at; i++) if (s.commaBetween(i - 1, i)) return i - after;
    return 0;
  }

  /**
   * Whether a leader, or an organization named before any state, stands between two tokens: the
   * one who acts after a dateline.
   */
  private static boolean actorBetween(SentenceView s, int from, int to) {
    boolean state = false;
    for (Mention m : s.mentions) {
      if (m.from() < from || m.to() > to) continue;
      if (m.kind().equals(Entity.LEADER) || (m.isOrganization() && !state)) return true;
      state |= m.isState();
    }
    return false;
  }

  private static List<Mention> subjectBefore(SentenceView s, int at, int reach, List<List<Mention>> chains) {
    List<Mention> best = List.of();
    for (List<Mention> chain : chains) {
      Mention last = chain.get(chain.size() - 1);
      if (last.to() > at || at - last.to() - relativeAside(s, last.to(), at) > reach) continue;
      // "emboîtant le pas aux États-Unis et à l'UE, qui ont sanctionné Moscou": the antecedent of "qui" is the relative's subject
      // ... also past the relative's verb and object: "ai Ventisette, che hanno già varato un primo pacchetto di sanzioni"
      boolean antecedent = at - last.to() <= 10 && last.to() < s.to && s.covered(last.to(), "relative") && s.commaBetween(last.to() - 1, last.to())
          && !objectRelative(s.tokens.get(last.to()).surface()) && (at - last.to() <= 4 || !s.commaBetween(last.to(), at));
      if (Mentions.objectOfPreposition(s, chain.get(0)) && !antecedent || Mentions.modifiesAPerson(s, last)) continue;
      if (Mentions.enclosed(s, chain.get(0), chain.get(chain.size() - 1), at)) continue;
      // "BERLIN (Reuters) - President Bill Clinton imposed", "CAIRO - The Arab League readmitted": they act, not the dateline
      if (s.inDateline(last) && actorBetween(s, last.to(), at)) continue;
      best = chain;
    }
    if (best.size() > 1) {
      Mention last = best.get(best.size() - 1);
      // "The United States and Canada imposed, on Monday, new sanctions": the list's own verb stands before the comma
      if (last.to() < at && !Mentions.commaAfter(s, last.to() - 1) && verbThenAside(s, last.to(), at)) return best;
      for (int i = last.to() - 1; i < at; i++) {
        // "Riyadh, Abu Dhabi, Manama and Cairo lifted the land, air and sea embargo": a comma past the list's own verb is the object's
        if (i >= last.to() && s.covered(i, "impose", "lift") && enumerationAfter(s, i + 1, at)) return best;
        // "Südkorea, das Chinas Reaktion beobachtet, hat ...", but "X et Y, qui avaient annoncé..., sont restées" keeps both
        // "Rusia, Irán y Corea del Norte, todos bajo sanciones" keeps them all too
        if (Mentions.commaAfter(s, i)) {
          boolean rightAfter = i == last.to() - 1;
          boolean relative = rightAfter && s.covered(last.to(), "relative");
          // "Britain and Canada, acting on their own, placed ...": a pair joined by "and" is the subject as a whole
          // ... as is a list closed by "and": "Bulgaria, Romania e Turchia, Paesi candidati, hanno firmato"
          Mention beforeLast = best.get(best.size() - 2);
          boolean pair = rightAfter && s.near(beforeLast.to(), 0, last.from() - beforeLast.to(), "coord");
          return relative || pair ? best : List.of(best.get(0));
        }
      }
    }
    return best;
  }

  /** Whether the words in [from, to) are a list of common words, "and" closing it, no name among them: "the land, air and sea". */
  private static boolean enumerationAfter(SentenceView s, int from, int to) {
    boolean comma = false;
    for (int i = from; i < to; i++) {
      if (s.inMention(i) || s.tokens.get(i).capitalized()) return false;
      comma |= s.commaBetween(i, i + 1);
      if (comma && s.covered(i, "coord")) return to - i <= 3;
    }
    return false;
  }

  /**
   * Whether a verb of one or two words follows at {@code v}, then a short aside between commas
   * that ends a few words before {@code at}: "imposed, on Monday, new sanctions", "ont levé, comme prévu, les sanctions".
   */
  private static boolean verbThenAside(SentenceView s, int v, int at) {
    int i = v;
    while (i < at && i - v < 2 && verbRightAfter(s, i) && !Mentions.commaAfter(s, i)) i++;
    if (i >= at || !verbRightAfter(s, i) || !Mentions.commaAfter(s, i)) return false;
    for (int k = i + 1; k < at && k - i <= 6; k++) {
      if (s.inMention(k)) return false;
      if (Mentions.commaAfter(s, k)) return at - k <= 4;
    }
    return false;
  }

  /** Whether token {@code i} is a plain lower-case word that no cue of a phrase's structure covers: a verb, most likely. */
  private static boolean verbRightAfter(SentenceView s, int i) {
    String w = s.tokens.get(i).surface();
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !s.inMention(i) && !s.covered(i, "relative", "relarticle", "det", "thedef", "poss",
        "with", "on", "against", "from", "to", "by", "of", "venue", "coord", "sanction", "including", "aslike", "title", "officials", "nonstate");
  }

  /** French "que" and "qu'" open a relative whose antecedent is its object, not its subject. */
  private static boolean objectRelative(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return w.equals("que") || w.startsWith("qu'") || w.startsWith("qu’");
  }

  /**
   * The organization a sentence opens with as its subject, or null: "The EU met..." gives EU;
   * "The bloc met..." gives "" (an organization, not named here).
   */
  static String opensWithOrganization(SentenceView s) {
    for (Mention m : s.mentions) {
      if (m.from() - s.from > 6) break;
      if (m.isActor() && !Mentions.objectOfPreposition(s, m)) return m.kind().equals(Entity.ORGANIZATION) ? m.id() : null;
    }
    for (Cues.Hit c : s.cues("orgref")) if (c.from() - s.from <= 2) return "";
    return null;
  }

  /**
   * The state a sentence is about: its first state named alone (not in a list), not after a
   * preposition and not as an adjective, within its first dozen words; null when none.
   */
  static String sentenceSubject(SentenceView s) {
    for (List<Mention> chain : Mentions.stateChains(s)) {
      Mention m = chain.get(0);
      if (m.from() - s.from > 12) return null;
      if (chain.size() > 1 || Mentions.objectOfPreposition(s, m) || m.isAdjectival() || s.inDateline(m)) continue;   // not "ADDIS ABEBA, 27 GEN -"
      return m.id();
    }
    return null;
  }
}
