package org.entente.extract;

import java.util.TreeSet;

/**
 * An older treaty between the same parties, named with its own year beside the one just signed:
 * "firmaron hoy el Tratado de Maipú ... en el aniversario del Tratado de Paz y Amistad de 1984",
 * "signed the new treaty ..., which replaces the 1972 ABM Treaty". It is another document, of the
 * same two states, in force; no one signs it here. {@link TreatyRule} asks it for each treaty
 * word that the sentence's signing verb does not govern.
 */
final class OlderTreaties {

  private OlderTreaties() {}

  /** Relates the parties of the treaty read in this sentence to the older one the word names, when it has a year of its own. */
  static boolean read(SentenceView s, ArticleContext ctx, Cues.Hit h) {
    Entity last = ctx.lastTreaty;
    if (last == null || last.parties().size() != 2 || ctx.lastTreatySentence != s.sentence.index()) return false;
    DateMention own = ownYear(s, h);
    if (own == null) return false;
    // the same year as the one just signed, or that one's year unknown: no way to tell them apart
    Entity older = TreatyEntities.treaty(ctx, last, new TreeSet<>(last.parties()), own);
    if (older == last) return false;
    if (ctx.entities.containsKey(Entity.TREATY + ":" + older.id())) return true;
    ctx.put(older);
    for (String p : older.parties()) {
      ctx.relate(s, Relation.PARTY_TO, p, older.id(), Relation.ACTIVE, null, "treaty-party", s.words(h.from(), h.to()));
    }
    return true;
  }

  /**
   * The year written in the treaty's name: after it, past capitalized words and the words that
   * join them ("Tratado de Paz y Amistad de 1984"), or right before it ("the 1972 ABM Treaty").
   */
  private static DateMention ownYear(SentenceView s, Cues.Hit h) {
    if (!s.tokens.get(h.from()).capitalized()) return null;              // a proper name: "Tratado de ...", "Treaty"
    for (int i = h.to(); i < s.to && i - h.to() <= 7; i++) {
      if (s.commaBetween(i - 1, i)) break;
      if (s.inDate(i)) return i - h.to() >= 1 && yearOnly(s, i) ? dateAt(s, i) : null;
      Token t = s.tokens.get(i);
      if (!t.capitalized() && t.surface().length() > 3) break;             // "de", "y", "of", "and" join the name's words
    }
    for (int i = h.from() - 1; i >= s.from && h.from() - i <= 4; i--) {
      if (s.commaBetween(i, i + 1)) break;
      if (s.inDate(i)) return yearOnly(s, i) ? dateAt(s, i) : null;
      if (!s.tokens.get(i).capitalized()) break;
    }
    return null;
  }

  private static boolean yearOnly(SentenceView s, int i) {
    DateMention d = dateAt(s, i);
    return d != null && d.precision().equals("year");
  }

  private static DateMention dateAt(SentenceView s, int i) {
    Token t = s.tokens.get(i);
    for (DateMention d : s.dates) if (t.start() >= d.start() && t.end() <= d.end()) return d;
    return null;
  }
}
