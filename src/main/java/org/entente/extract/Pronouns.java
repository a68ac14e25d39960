package org.entente.extract;

/**
 * Pronoun subjects of the rules' cues: the state that "it", "elle", "она" or a Spanish or Italian
 * verb with no subject written stands for, so that "It joined NATO" and "Она ввела санкции"
 * are read as the state the article was speaking of; "the bloc" opening a sentence is the
 * organization last named.
 */
final class Pronouns {

  private Pronouns() {}

  /**
   * The state a pronoun subject of a cue stands for: "It joined NATO in 2009", "Elle a
   * rejoint l'Otan", "Она вступила в НАТО", and in Spanish and Italian the verb that opens the
   * sentence with no subject written ("Ingresó en la OTAN", "È entrata nella Nato"). Inside a
   * sentence that names its subject ("Croatia ..., a decade after it entered the EU") that
   * subject; at the start of one, the state the previous sentences were about. {@code verbs} are
   * the cue categories that may open a sentence with no subject written ("Impuso sanciones").
   */
  static String subject(SentenceView s, Cues.Hit h, ArticleContext ctx, String... verbs) {
    for (Mention m : s.mentions) if (m.isActor() && m.from() < h.from() && h.from() - m.to() <= 3) return null;
    for (Cues.Hit r : s.cues("orgref")) {          // "The bloc also extended its sanctions": the organization last named
      if (!opensTheSentence(s, r) || r.to() > h.from() || h.from() - r.to() > 4) continue;
      for (Mention m : s.mentions) if (m.isActor() && m.from() < h.from()) return null;
      return ctx.referredOrganization(s);
    }
    for (Cues.Hit p : s.cues("pronoun")) {
      if (p.to() > h.from() || h.from() - p.to() > 3) continue;
      for (Mention m : s.mentions) if (m.isActor() && m.from() >= p.to() && m.to() <= h.from()) return null;
      boolean opens = p.from() - s.from <= 1;
      if (opens) return ctx.pronounReferent;
      String subject = Subjects.sentenceSubject(s);
      // "Elle siège au sein des Brics ..., mais elle est aussi membre du Quad": the sentence's own subject is the pronoun too
      boolean pronounOpens = false;
      for (Cues.Hit q : s.cues("pronoun")) pronounOpens |= q.from() - s.from <= 1;
      return subject == null && pronounOpens ? ctx.pronounReferent : subject;
    }
    boolean proDrop = ctx.lang == Language.ES || ctx.lang == Language.IT;
    boolean opening = h.from() == s.from || s.covered(s.from, "opener") || s.covered(s.from, verbs);   // "Ingresó en la OTAN"
    if (proDrop && h.from() - s.from <= 4 && opening) {
      for (Mention m : s.mentions) if (m.from() < h.from()) return null;
      // "Ha impuesto nuevas sanciones": openers, the rule's verbs, articles and plain lower-case words
      for (int i = s.from + 1; i < h.from(); i++) {
        boolean plain = !s.tokens.get(i).capitalized() && !s.covered(i, "negation", "modal", "apply", "suspend");
        if (!(plain || s.covered(i, "opener", "det") || s.covered(i, verbs))) return null;
      }
      return ctx.pronounReferent;
    }
    return null;
  }

  /** "The bloc", "The 27-nation bloc", "Le bloc des Vingt-Sept": the reference word opens the sentence, plain words before it. */
  private static boolean opensTheSentence(SentenceView s, Cues.Hit r) {
    if (r.from() - s.from <= 2) return true;
    if (r.from() - s.from > 4) return false;
    for (int i = s.from + 1; i < r.from(); i++) if (s.tokens.get(i).capitalized()) return false;
    return true;
  }
}
