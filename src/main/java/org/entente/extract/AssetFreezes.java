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
      if (s.covered(f.from(), "sanction") || s.notAFact(f) || s.near(f.from(), 6, 0, "lift")) continue;
      Cues.Hit assets = assetsNear(s, f);
      if (assets == null) continue;
      Mention owner = leaderOwning(s, ctx, assets);
      if (owner == null) continue;
      List<String> sources = sources(s, ctx, f, owner);
      if (sources.isEmpty()) sources = jurisdiction(s, f, assets);
      for (String src : sources) {
        if (src.equals(ctx.leaderState(owner.id()))) continue;
        ctx.relate(s, Relation.SANCTIONS, src, owner.id(), Relation.ACTIVE, s.dateNear(f.from()), "asset-freeze", s.words(f.from(), f.to()));
      }
    }
  }

  /** The word for assets a few words after the freeze, or before it where German puts the verb last, with no comma between. */
  private static Cues.Hit assetsNear(SentenceView s, Cues.Hit f) {
    for (Cues.Hit a : s.cues("assets")) {
      boolean after = a.from() >= f.to() && a.from() - f.to() <= REACH && !s.commaBetween(f.to() - 1, a.from()) && objectOf(s, f, a);
      boolean before = a.to() <= f.from() && f.from() - a.to() <= REACH && !s.commaBetween(a.to() - 1, f.from());
      if (after || before) return a;
    }
    return null;
  }

  /** Whether the assets are what is frozen: no preposition between but the "on" of "a freeze on" ("froze talks with Kyiv on the assets plan" freezes talks). */
  private static boolean objectOf(SentenceView s, Cues.Hit f, Cues.Hit a) {
    for (int i = f.to(); i < a.from(); i++) {
      if (i == f.to() && s.covered(i, "on")) continue;
      if (s.covered(i, "on", "with", "to", "from", "of", "by", "against")) return false;
    }
    return true;
  }

  /** The sitting leader named right after the word for assets ("of", "de", a genitive): their owner. */
  private static Mention leaderOwning(SentenceView s, ArticleContext ctx, Cues.Hit assets) {
    for (Mention m : s.mentions) {
      if (!m.kind().equals(Entity.LEADER) || ctx.leaderState(m.id()) == null) continue;
      if (m.from() >= assets.to() && m.from() - assets.to() <= 5 && !s.commaBetween(assets.to() - 1, m.from())) return m;
    }
    return null;
  }

  /** Who froze them: the subject before the freeze, a leader standing for the state he leads, else the state the article speaks of. */
  private static List<String> sources(SentenceView s, ArticleContext ctx, Cues.Hit f, Mention owner) {
    List<String> out = new ArrayList<>();
    for (Mention m : Mentions.subjectBefore(s, f.from(), 25)) {
      if (m == owner) continue;
      if (m.kind().equals(Entity.LEADER)) {
        String st = ctx.leaderState(m.id());
        if (st != null) out.add(st);
      } else if (SanctionRule.SOURCES.contains(m.kind()) && !m.isAdjectival()) {
        out.add(m.id());
      }
    }
    for (Mention m : s.mentions) {                          // "President George W. Bush has ordered a freeze"
      if (!out.isEmpty() || m == owner || !m.kind().equals(Entity.LEADER) || m.to() > f.from() || f.from() - m.to() > 8) continue;
      if (Mentions.objectOfPreposition(s, m) || s.near(m.from(), 3, 0, "former")) continue;
      String st = ctx.leaderState(m.id());
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
