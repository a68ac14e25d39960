package org.entente.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * LEADS for every leader of the table named in the sentence and in office at the article's
 * reference date, and for people the table lacks but the text gives a title: "le président
 * russe X", "Prime Minister X", "президент России X" (then the title is the evidence). Nothing
 * for a leader called former, ex- or бывший.
 */
final class LeaderRule implements Rule {

  @Override
  public void apply(SentenceView s, ArticleContext ctx) {
    for (Mention m : s.mentions) {
      if (!m.kind().equals(Entity.LEADER) || s.near(m.from(), 3, 0, "former")) continue;
      String state = ctx.gazetteer.leaders().stateAt(m.id(), ctx.reference);
      if (state != null) {
        ctx.relate(s, Relation.LEADS, m.id(), state, Relation.ACTIVE, null, "leader-in-office", m.surface());
      }
    }
    for (Cues.Hit t : s.cues("title")) {
      if (s.near(t.from(), 3, 0, "former")) continue;
      titled(s, ctx, t);
    }
  }

  private static void titled(SentenceView s, ArticleContext ctx, Cues.Hit t) {
    String state = null;
    int i = t.to();
    for (Mention m : s.mentions) {
      if (!m.isState()) continue;
      if (m.to() == t.from() || (m.to() == t.from() - 1)) state = m.id();    // US President, der französische Präsident
      if (m.from() >= t.to() && m.from() <= t.to() + 2) {                    // président russe, president of France
        state = m.id();
        i = Math.max(i, m.to());
      }
    }
    if (state == null) return;
    int start = i;
    while (i < s.to && i - start < 4 && s.tokens.get(i).capitalized() && !inMention(s, i) && joined(s, i, start)) i++;
    if (i - start < 2) {
      return; // a surname alone is too little to make a leader of
    }
    if (i < s.to && inMention(s, i)) return;
    String name = RussianCases.latin(s.span(start, i));
    String id = slug(name);
    if (ctx.gazetteer.leaders().get(id) != null) return; // known: handled above by the table
    ctx.put(new Entity(Entity.LEADER, id, name, state, null, null, null, null));
    ctx.relate(s, Relation.LEADS, id, state, Relation.ACTIVE, null, "leader-title", s.words(t.from(), i));
  }

  /** Whether a name token follows the previous one directly, with only a space or hyphen between. */
  private static boolean joined(SentenceView s, int i, int start) {
    if (i == start) return true;
    String gap = s.segment.substring(s.tokens.get(i - 1).end(), s.tokens.get(i).start());
    return gap.equals(" ") || gap.equals("-");
  }

  private static boolean inMention(SentenceView s, int token) {
    for (Mention m : s.mentions) if (token >= m.from() && token < m.to()) return true;
    return false;
  }

  static String slug(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
  }
}
