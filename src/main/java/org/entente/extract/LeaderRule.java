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
      titled(s, ctx, t, s.near(t.from(), 3, 0, "aide"));
    }
  }

  /** With {@code aide}, the title follows a word for an aide ("spokesman of the President"). */
  private static void titled(SentenceView s, ArticleContext ctx, Cues.Hit t, boolean aide) {
    String state = null;
    int i = t.to();
    int named = t.from();
    for (Mention m : s.mentions) {
      if (!m.isState()) continue;
      if (m.to() == t.from() || (m.to() == t.from() - 1)) {                 // US President, der französische Präsident
        state = m.id();
        named = m.from();
      }
      if (m.from() >= t.to() && m.from() <= t.to() + 2) {                    // président russe, president of France
        // "председатель Верховной рады Андрей Парубий": the chair of a parliament, no leader
        if (s.near(m.from(), 0, m.to() - m.from(), "parliament")) return;
        state = m.id();
        i = Math.max(i, m.to());
      }
    }
    if (state == null) return;
    // "лидер самопровозглашённой Приднестровской Молдавской Республики", "the self-proclaimed Moldovan republic's leader":
    // a breakaway entity's leader, no state's
    if (s.near(named, 3, i - named, "selfproclaimed") || i < s.to && s.covered(i, "republic")) return;
    int start = i;
    // "Пресс-секретарь президента РФ Дмитрий Песков", "le porte-parole du président russe, Dmitri Peskov": the name is
    // the aide's (a Russian title in the genitive qualifies him; elsewhere the comma sets his name apart)
    if (aide && start < s.to && (ctx.lang == Language.RU || s.commaBetween(start - 1, start))) return;
    while (i < s.to && i - start < 4 && s.tokens.get(i).capitalized() && !s.inMention(i) && joined(s, i, start)) i++;
    if (i - start < 2) {
      return; // a surname alone is too little to make a leader of
    }
    if (i < s.to && s.inMention(i)) return;
    String name = RussianCases.latin(s.span(start, i));
    String id = slug(name);
    if (ctx.gazetteer.leaders().get(id) != null) return; // known: handled above by the table
    String known = spelledOtherwise(ctx, state, name);
    if (known != null) {                                  // "der kirgisische Präsident Sooronbai Dscheenbekow"
      if (state.equals(ctx.gazetteer.leaders().stateAt(known, ctx.reference))) {
        Mention m = new Mention(Entity.LEADER, known, Form.NAME, start, i, s.tokens.get(start).start(), s.tokens.get(i - 1).end(), name, false);
        ctx.entity(m);
        s.add(m);
        ctx.relate(s, Relation.LEADS, known, state, Relation.ACTIVE, null, "leader-title", s.words(t.from(), i));
      }
      return;
    }
    ctx.put(new Entity(Entity.LEADER, id, name, state, null, null, null, null));
    ctx.titledLeaders.put(id, state);
    // the rules after this one read the leader as any other: "Kohl und der polnische Ministerpräsident Jan Krzysztof Bielecki unterzeichneten"
    s.add(new Mention(Entity.LEADER, id, Form.NAME, start, i, s.tokens.get(start).start(), s.tokens.get(i - 1).end(), name, false));
    ctx.relate(s, Relation.LEADS, id, state, Relation.ACTIVE, null, "leader-title", s.words(t.from(), i));
  }

  /**
   * A leader of the table who led the state and whose surname, in any spelling the table has,
   * differs from the text's by a letter or two once transliteration habits are evened out
   * ("Dscheenbekow" and "Jeenbekov", "Tokajew" and "Tokayev"); null when none or several.
   */
  static String spelledOtherwise(ArticleContext ctx, String state, String name) {
    String[] words = name.split("[\\s-]+");
    String key = translit(words[words.length - 1]);
    if (key.length() < 4) return null;
    String found = null;
    for (Leaders.Leader l : ctx.gazetteer.leaders().all()) {
      boolean ofState = false;
      for (Leaders.Tenure t : l.tenures()) ofState |= t.state().equals(state);
      if (!ofState) continue;
      for (String n : l.names()) {
        String[] w = n.split("[\\s-]+");
        String k = translit(w[w.length - 1]);
        if (distance(key, k) <= Math.max(1, key.length() / 4)) {
          if (found != null && !found.equals(l.id())) return null;
          found = l.id();
          break;
        }
      }
    }
    return found;
  }

  /** Lower case, no accents, German and French transliterations of Slavic and Turkic sounds evened out. */
  private static String translit(String w) {
    String n = Normalizer.normalize(RussianCases.latin(w), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    n = n.replace("dsch", "j").replace("tsch", "ch").replace("sch", "sh").replace("dj", "j").replace("ou", "u").replace("w", "v");
    return n.replace('j', 'y').replace("yy", "y");
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Whether a name token follows the previous one directly, with only a space or hyphen between. */
  private static boolean joined(SentenceView s, int i, int start) {
    if (i == start) return true;
    String gap = s.textBetween(i - 1, i);
    return gap.equals(" ") || gap.equals("-");
  }

  static String slug(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
  }
}
