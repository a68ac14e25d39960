package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A freeze of a sitting leader's assets read as a sanction on that leader, however far the verb
 * stands from the word for assets: "froze any U.S. assets of Supreme Leader Ali Khamenei",
 * "ordered a freeze on the assets of President X", "ha congelato il 25 febbraio i beni di
 * Vladimir Putin", "hat das Vermögen von Präsident X eingefroren". Whose assets they are, not who
 * froze them, is the target. {@link SanctionRule} calls it for each sentence.
 */
final class AssetFreezes {

  private static final int REACH = 7;

  private AssetFreezes() {}

  static void apply(SentenceView s, ArticleContext ctx) {
    if (!s.has("assets")) return;
    for (Cues.Hit f : s.cues("freeze")) {
      // a freeze already read as a sanctions word ("froze the assets", "congelamento dei beni") is the sanctions rule's
      if (s.covered(f.from(), "sanction") || Modality.notAFact(s, f) || s.near(f.from(), 6, 0, "lift")) continue;
      Cues.Hit assets = assetsNear(s, f);
      if (assets == null) continue;
      List<Mention> owners = leadersOwning(s, ctx, assets);
      if (owners.isEmpty()) owners = StateAssets.owners(s, f, assets);
      if (owners.isEmpty()) continue;
      List<String> sources = sources(s, ctx, f, owners.get(0));
      if (sources.isEmpty()) sources = jurisdiction(s, f, assets);
      if (!sources.isEmpty()) {
        sources = new java.util.ArrayList<>(sources);
        for (Mention m : SanctionAdopters.followed(s, f)) if (!sources.contains(m.id())) sources.add(m.id());
      }
      for (String src : sources) {
        for (Mention owner : owners) {
          if (src.equals(owner.id()) || src.equals(ctx.leaderState(owner.id()))) continue;
          ctx.relate(s, Relation.SANCTIONS, src, owner.id(), Relation.ACTIVE, s.dateNear(f.from()), "asset-freeze", s.words(f.from(), f.to()));
        }
      }
    }
  }

  /** The word for assets a few words after the freeze, or before it where German puts the verb last, with no comma between. */
  private static Cues.Hit assetsNear(SentenceView s, Cues.Hit f) {
    int past = afterAside(s, f.to());                     // "froze, with immediate effect, the assets of"
    if (past > f.to()) {
      for (Cues.Hit a : s.cues("assets")) {
        if (a.from() >= past && a.from() - past <= REACH && !s.commaBetween(past, a.from()) && objectOf(s, past, a)) return a;
      }
    }
    for (Cues.Hit a : s.cues("assets")) {
      boolean after = a.from() >= f.to() && a.from() - f.to() - datedBetween(s, f.to(), a.from()) <= REACH && !s.commaBetween(f.to() - 1, a.from()) && objectOf(s, f.to(), a);
      // (a name counts as one word: "die Vermögenswerte von Präsident Baschar al-Assad sowie weiterer Regierungsmitglieder eingefroren")
      // (where they are held is no word between: "das Vermögen von Präsident Wladimir Putin und Außenminister Sergej Lawrow in der EU eingefroren")
      boolean before = a.to() <= f.from() && wordsBetween(s, a.to(), f.from()) - heldIn(s, a.to(), f.from()) <= REACH && !s.commaBetween(a.to() - 1, f.from());
      if (after || before) return a;
    }
    return null;
  }

  /**
   * How many words of [from, to) say where the assets are held: "in der EU", "negli Stati Uniti",
   * a place phrase of a name after "in", right at the start or the end of the stretch.
   */
  private static int heldIn(SentenceView s, int from, int to) {
    for (Mention m : s.mentions) {
      if (m.from() <= from || m.to() > to || !(m.from() == from + 1 || m.to() == to)) continue;
      int v = m.from() - 1;
      if (v > from && s.covered(v, "det", "thedef")) v--;
      if (v >= from && s.covered(v, "venue") && (v == from || m.to() == to)) return m.to() - v;
    }
    return 0;
  }

  /** How many tokens of [from, to) are inside dates: "congeló el 14 de noviembre de 1979 todos los activos". */
  private static int datedBetween(SentenceView s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) if (s.inDate(i)) n++;
    return n;
  }

  /** The words in [from, to), each name one word. */
  private static int wordsBetween(SentenceView s, int from, int to) {
    int n = to - from;
    for (Mention m : s.mentions) if (m.from() >= from && m.to() <= to) n -= m.to() - m.from() - 1;
    return n;
  }

  /** Whether the assets are what is frozen: no preposition between but the "on" of "a freeze on" ("froze talks with Kyiv on the assets plan" freezes talks). */
  private static boolean objectOf(SentenceView s, int from, Cues.Hit a) {
    for (int i = from; i < a.from(); i++) {
      if (i == from && s.covered(i, "on") || s.covered(i, "forthwith") || s.inDate(i)) continue;   // "a gelé avec effet immédiat les avoirs", "congeló el 8 de abril de 1988 los activos"
      if (s.covered(i, "on", "with", "to", "from", "of", "by", "against")) return false;
    }
    return true;
  }

  /** The first token after an aside set apart by two commas right after {@code at}, or {@code at} when there is none. */
  private static int afterAside(SentenceView s, int at) {
    if (at >= s.to || !s.commaBetween(at - 1, at)) return at;
    for (int i = at; i < Math.min(s.to - 1, at + 6); i++) if (s.commaBetween(i, i + 1)) return i + 1;
    return at;
  }

  /**
   * The sitting leaders named right after the word for assets ("of", "de", a genitive), and those
   * listed after the first with their titles: "the assets of President Vladimir Putin, Prime
   * Minister Mikhail Mishustin and ...".
   */
  private static List<Mention> leadersOwning(SentenceView s, ArticleContext ctx, Cues.Hit assets) {
    List<Mention> out = new ArrayList<>();
    int end = assets.to();
    for (Mention m : s.mentions) {
      if (!m.kind().equals(Entity.LEADER) || m.from() < end) continue;
      boolean first = out.isEmpty() && m.from() - end - heldIn(s, end, m.from()) <= 5 && !s.commaBetween(end - 1, m.from());   // "i beni negli Stati Uniti del presidente"
      boolean listed = !out.isEmpty() && m.from() - end <= 4 && (s.commaBetween(end - 1, end) || s.covered(end, "coord"));
      if (!first && !listed) break;
      if (ctx.leaderState(m.id()) != null) out.add(m);
      end = m.to();
    }
    return out;
  }

  /** Who froze them: the subject before the freeze, a leader standing for the state he leads, else the state the article speaks of. */
  private static List<String> sources(SentenceView s, ArticleContext ctx, Cues.Hit f, Mention owner) {
    List<String> out = new ArrayList<>();
    // "Switzerland adopted the EU's sanctions ... and froze ... the assets": a verb after "and" shares the sentence's first subject
    List<Mention> subject = f.from() > s.from && s.covered(f.from() - 1, "coord") ? FirstSubjects.of(s, f) : List.of();
    if (subject.isEmpty()) subject = Subjects.subjectBefore(s, f.from(), 25);
    for (Mention m : subject) {
      if (m == owner) continue;
      if (m.kind().equals(Entity.LEADER)) {
        String st = SanctionSources.stateActedFor(s, ctx, m);     // "President Ronald Reagan ... froze" in 1986
        if (st != null) out.add(st);
      } else if (SanctionRule.SOURCES.contains(m.kind()) && !m.isAdjectival()) {
        out.add(m.id());
      }
    }
    for (Mention m : s.mentions) {                          // "President George W. Bush has ordered a freeze"
      if (!out.isEmpty() || m == owner || !m.kind().equals(Entity.LEADER) || m.to() > f.from() || f.from() - m.to() > 8) continue;
      if (Mentions.objectOfPreposition(s, m) || s.near(m.from(), 3, 0, "former")) continue;
      String st = SanctionSources.stateActedFor(s, ctx, m);
      if (st != null) out.add(st);
    }
    if (out.isEmpty()) {
      String referent = Pronouns.subject(s, f, ctx);
      if (referent != null) out.add(referent);
    }
    return out;
  }

  /** "The Treasury froze any U.S. assets of ...": with no subject named, the state whose jurisdiction holds them. */
  private static List<String> jurisdiction(SentenceView s, Cues.Hit f, Cues.Hit assets) {
    for (Mention m : s.mentions) {
      if (m.isState() && m.from() >= f.to() && m.to() == assets.from()) return List.of(m.id());
    }
    return List.of();
  }
}
