package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * States named in an aside between commas, and what the sentence says of them: a relative clause
 * ("Belarus, which borders Ukraine, is ...") speaks of the name before it, a likening ("Белоруссия,
 * как и Россия, находится под санкциями") of both.
 */
final class Asides {

  private Asides() {}

  /** Whether the name ends a relative clause opened by a comma and a relative word: ", which backs Ukraine,". */
  static boolean closesARelative(SentenceView s, Mention m) {
    for (int i = m.from() - 1; i > s.from && m.from() - i <= 10; i--) {
      if (!s.commaBetween(i - 1, i)) continue;
      return s.covered(i, "relative");
    }
    return false;
  }

  /** "Белоруссия, как и Россия, находится под санкциями": for a target inside an aside "like X", the state before the aside too. */
  static List<Mention> besideALikeAside(SentenceView s, List<Mention> targets) {
    List<Mention> out = new ArrayList<>();
    for (Mention t : targets) {
      for (Cues.Hit c : s.cues("aslike")) {
        if (c.to() > t.from() || t.from() - c.to() > 1 || c.from() <= s.from || !s.commaBetween(c.from() - 1, c.from())) continue;
        for (Mention m : s.mentions) if (m.isState() && m.to() == c.from() && !targets.contains(m) && !out.contains(m)) out.add(m);
      }
    }
    return out;
  }

  /** Words that make an aside say a relation of its own ("Turkey, which is a NATO member, ..."). */
  static final Set<String> RELATION_WORDS = Set.of("sanction", "lift", "ally", "member", "join", "leave", "suspend", "apply",
      "treaty", "sign", "ratify", "found", "comprise", "expel", "impose", "extend", "importban", "entryban", "ban", "banverb", "freeze",
      "imports", "sales", "measures", "restrictive", "sanctionlist", "putunder", "subjected", "reimpose", "ease", "revoke", "terminate",
      "membership", "remainin", "remainafter", "joinin", "enterfrom", "partner", "nonmember", "notmember", "party", "signatories",
      "inforce", "dissolved", "dissolution", "alliances", "alliedforce", "hostile", "abandon", "councilmember", "signatureof", "passivesign");

  /**
   * The mentions that the rules of a sentence read: the states of a relative clause between commas
   * right after a state, when it says no relation ("Finland, which borders Russia, joined NATO"),
   * only describe that name and are left out. Called before the sentence's view exists.
   */
  static List<Mention> outsideDescriptions(List<Mention> ms, List<Cues.Hit> hs, List<Token> tokens, String text, int to, Language lang) {
    List<Mention> out = null;
    for (Mention m : ms) {
      int a = m.to();
      if (!m.isState() || a + 1 >= to || !commaBefore(tokens, text, a) || !(startsRelative(hs, a) || lang == Language.RU && PARTICIPLE.matcher(tokens.get(a).surface()).matches()) || mentionAt(ms, a + 1)) continue;   // not "Saudi-Arabien, der Irak, ..."
      int b = a + 1;
      while (b < to && b - a <= 15 && !commaBefore(tokens, text, b)) b++;
      if (b >= to || b - a > 15 || mentionAt(ms, b)) continue;          // not "dem neben Saudi-Arabien, Bahrain und ... angehören": a list
      // a German relative clause ends on its verb, in lower case ("das an Russland grenzt,"), not on a name in a list
      if (relativeArticle(hs, a) && tokens.get(b - 1).capitalized()) continue;
      if (text.substring(tokens.get(a).start(), tokens.get(b - 1).end()).matches("(?s).*[–—(\\[].*")) continue;
      if (says(hs, a, b)) continue;
      for (Mention o : ms) {
        if (o.isState() && !o.isAdjectival() && o.from() >= a && o.to() <= b) {
          if (out == null) out = new ArrayList<>(ms);
          out.remove(o);
        }
      }
    }
    return out == null ? ms : out;
  }

  /**
   * Whether a cue stands in a relative clause between commas right after a name, closed before
   * token {@code before}: "East Timor, which first applied in 2011, was admitted", "Norwegen,
   * dessen Bürger einen EU-Beitritt ablehnten, gehört dem EWR an". It tells of the name, not of
   * the main clause's verb.
   */
  static boolean inAClosedRelative(SentenceView s, Cues.Hit c, int before) {
    int open = c.from();
    while (open > s.from && c.from() - open <= 8 && !s.commaBetween(open - 1, open)) open--;
    if (open <= s.from || c.from() - open > 8 || !(s.covered(open, "relative") || s.covered(open, "relarticle"))) return false;
    boolean afterName = false;
    for (Mention m : s.mentions) afterName |= m.to() == open;
    if (!afterName) return false;
    for (int k = c.to(); k <= before && k - open <= 15; k++) if (s.commaBetween(k - 1, k)) return true;
    return false;
  }

  /**
   * The mentions the rules read once the states and organizations of an aside of time or
   * occasion between commas are left out: "ont levé en janvier 2021, lors du sommet du Conseil
   * de coopération du Golfe à al-Ula, l'embargo" (the Council is where, not who), and of a reason
   * up to the next comma ("over its ties to China"). An aside that says a relation of its own
   * stays, and so does a signing's occasion, which names its parties.
   */
  static List<Mention> outsideOccasions(List<Mention> ms, List<Cues.Hit> hs, List<Token> tokens, String text, int from, int to) {
    List<Mention> out = null;
    // "firmato da Putin e Kim, durante la prima visita del capo del Cremlino in Corea del Nord"
    boolean signs = false;
    for (Cues.Hit h : hs) signs |= h.category().equals("sign") || h.category().equals("ratify");
    for (Cues.Hit h : hs) {
      if (h.from() <= from) continue;
      // a reason needs no commas: "sanctions on Russia over its ties to China", "wegen seiner Verbindungen zu China"
      boolean reason = h.category().equals("reason");
      // (not "after" or "following", which name who did the same before: "following host Rwanda, which joined in 2009")
      boolean occasion = !signs && (h.category().equals("during") || h.category().equals("sidelines")) && commaBefore(tokens, text, h.from());
      if (!reason && !occasion) continue;
      int b = h.to();
      while (b < to && b - h.from() <= 15 && !commaBefore(tokens, text, b)) b++;
      if (b - h.from() > 15 || b >= to && !reason || says(hs, h.from(), b)) continue;
      for (Mention m : ms) {
        if (m.isActor() && m.from() >= h.to() && m.to() <= b) {
          if (out == null) out = new ArrayList<>(ms);
          out.remove(m);
        }
      }
    }
    return out == null ? ms : out;
  }

  /**
   * Where a closing comment on the act begins, after a comma, when it says no relation of its
   * own: ", a move welcomed by Germany", ", was Frankreich begrüßte", ", una decisione accolta con
   * favore dalla Germania", ", drawing criticism from China"; else -1. What the comment names takes
   * no part in the sentence's relations.
   */
  static int commentFrom(List<Cues.Hit> hs, List<Token> tokens, String text, int from, int to) {
    for (Cues.Hit h : hs) {
      if (!h.category().equals("comment") || h.from() <= from || !commaBefore(tokens, text, h.from()) || says(hs, h.from(), to)) continue;
      boolean otherUse = false;                  // "including", "following", "according": a gerund with a use of its own
      for (Cues.Hit o : hs) otherUse |= h.to() - h.from() == 1 && o.from() == h.from() && !o.category().equals("comment");
      if (!otherUse) return h.from();
    }
    return -1;
  }

  /**
   * Where a closing attribution begins: the sentence's last stretch after a comma, a few words
   * that hold a verb of saying and no relation ("..., Brazil's foreign ministry said.", "...,
   * сообщили в МИД Бразилии."); else -1. Who speaks takes no part in what is reported.
   */
  static int attributionFrom(List<Cues.Hit> hs, List<Token> tokens, String text, int from, int to) {
    int c = to - 1;
    while (c > from && to - c <= 12 && !commaBefore(tokens, text, c)) c--;
    if (c <= from || to - c > 12 || !commaBefore(tokens, text, c) || startsRelative(hs, c) || says(hs, c, to)) return -1;
    for (Cues.Hit h : hs) if (h.category().equals("say") && h.from() >= c) return c;
    return -1;
  }

  /** Whether a cue of {@link #RELATION_WORDS} starts in tokens [from, to): the stretch says a relation of its own. */
  private static boolean says(List<Cues.Hit> hs, int from, int to) {
    for (Cues.Hit c : hs) if (c.from() >= from && c.from() < to && RELATION_WORDS.contains(c.category())) return true;
    return false;
  }

  /** A Russian participle opening a describing phrase: "граничащая с Китаем", "расположенная на юге". */
  private static final java.util.regex.Pattern PARTICIPLE =
      java.util.regex.Pattern.compile("[а-яё]+(ющ|ащ|ящ|ущ|вш|енн|анн|нн)(ий|ая|ее|ие|его|ей|ую|их|им|ими|ем|ого|ой|ое)(ся|сь)?");

  private static boolean relativeArticle(List<Cues.Hit> hs, int i) {
    for (Cues.Hit h : hs) if (h.from() == i && h.category().equals("relarticle")) return true;
    return false;
  }

  private static boolean mentionAt(List<Mention> ms, int i) {
    for (Mention m : ms) if (m.from() == i) return true;
    return false;
  }

  /** Whether a comma, and only spaces besides, stands right before token {@code i}. */
  static boolean commaBefore(List<Token> tokens, String text, int i) {
    boolean comma = false;
    for (int k = tokens.get(i - 1).end(); k < tokens.get(i).start(); k++) {
      char c = text.charAt(k);
      if (c == ',' && !comma) comma = true;
      else if (!Character.isWhitespace(c)) return false;
    }
    return comma;
  }

  /** Whether a relative word ("which", "que", "das") opens at token {@code i}. */
  static boolean startsRelative(List<Cues.Hit> hs, int i) {
    for (Cues.Hit h : hs) if (h.from() == i && (h.category().equals("relative") || h.category().equals("relarticle"))) return true;
    return false;
  }
}
