package org.entente.extract;

/**
 * A bare word for a treaty that only one treaty the article named holds in its name refers to that
 * treaty: "Под Уставом поставили подписи ..." after "подписали Устав Организации Договора о
 * коллективной безопасности", "the Charter" after "the Charter of the Collective Security Treaty
 * Organization". Its signers then sign the named treaty, not a document of their own.
 */
final class NamedTreatyWords {

  private NamedTreatyWords() {}

  /** Keeps the words of a named treaty's name; a word two named treaties share tells neither. */
  static void remember(SentenceView s, ArticleContext ctx, Mention m) {
    for (int i = m.from(); i < m.to(); i++) ctx.treatyNameWords.merge(s.tokens.get(i).term(), m.id(), (a, b) -> a.equals(b) ? a : "");
  }

  /**
   * The named treaty whose name alone holds every word of the treaty word {@code h}, when any
   * state may join it (a treaty with a fixed list of parties is told apart by them) and the signing
   * {@code sign} is not dated another year, or null; not "a new charter" nor "a second treaty".
   */
  static Entity referredTo(SentenceView s, ArticleContext ctx, Cues.Hit h, Cues.Hit sign) {
    if (s.near(h.from(), 2, 0, "new", "second", "also")) return null;
    // "Договор о союзнических отношениях", "the Treaty of Friendship": a name of its own goes on after the word
    if (h.to() < s.to && s.covered(h.to(), "of", "from", "on", "about")) return null;
    String key = null;
    for (int i = h.from(); i < h.to(); i++) {
      String k = ctx.treatyNameWords.get(s.tokens.get(i).term());
      if (k == null || k.isEmpty() || key != null && !key.equals(k)) return null;
      key = k;
    }
    Treaties.Known known = key == null ? null : ctx.gazetteer.treaties().get(key);
    if (known == null || known.closed()) return null;
    // "Договор о союзнических отношениях", signed "в ноябре прошлого года": another year is another document
    // (not of an accession: "к договору присоединились Китай и Индия ..., 27 ноября, документ о присоединении подписала Республика Корея")
    DateMention when = s.near(h.from(), 3, 3, "join") ? null : s.dateNear(sign.from());
    if (when != null && known.signed() != null && !known.signed().startsWith(String.valueOf(when.date().getYear()))) return null;
    return ctx.entities.get(Entity.TREATY + ":" + known.id());
  }
}
