package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Chancellor Helmut Kohl signed for a Germany united seven weeks ago", "Poland, Hungary and
 * Romania signed alongside the Soviet Union today", "Britain, France and Germany ... signed, as did
 * Japan": a signing verb with no object, in a sentence with no treaty word, signs the treaty the
 * article reports. The state it is signed for, the states that sign alongside a party, or the
 * subjects of a verb that closes its clause become its parties; a leader right before the verb signs it too.
 */
final class BareSignings {

  private BareSignings() {}

  static void read(SentenceView s, ArticleContext ctx) {
    if (ctx.lastTreaty == null || !s.has("sign") || !signedThisWeek(ctx, ctx.lastTreaty)) return;
    for (Cues.Hit sign : s.cues("sign")) {
      if (sign.from() == s.from || sign.to() >= s.to || Modality.notAFact(s, sign) || s.covered(sign.from() - 1, "det")) continue;
      boolean forOne = s.covered(sign.to(), "signedfor", "onbehalf") && !s.covered(sign.to(), "by");
      boolean alongside = s.covered(sign.to(), "alongside");
      if (!forOne && !alongside) {
        List<String> states = closingTheClause(s, sign);
        if (!states.isEmpty()) join(s, ctx, sign, states);
        continue;
      }
      int after = sign.to() + 1;
      while (after < s.to && s.covered(after, "signedfor", "onbehalf", "alongside")) after++;
      List<Mention> named = Mentions.listAfter(s, after, 2, Set.of(Entity.STATE));
      if (named.isEmpty()) continue;                          // "signed for the first time"
      List<String> states = new ArrayList<>();
      if (forOne) states.add(named.get(0).id());
      else {
        // those alongside must be parties already: the subjects join them
        if (!ctx.lastTreaty.parties().contains(named.get(0).id())) continue;
        for (Mention m : Subjects.statesBefore(s, sign.from(), 12)) if (!m.isAdjectival() && !states.contains(m.id())) states.add(m.id());
      }
      join(s, ctx, sign, states);
    }
  }

  /**
   * "Britain, France and Germany, all of which have used cluster munitions, signed, as did Japan,
   * Canada and Australia": the verb closes its clause (a comma, the sentence's end, "as did"); its
   * subjects and those that did likewise sign.
   */
  private static List<String> closingTheClause(SentenceView s, Cues.Hit sign) {
    boolean closes = sign.to() >= s.to || s.commaBetween(sign.to() - 1, sign.to()) || s.covered(sign.to(), "likewise");
    // (not "España y la Santa Sede firmaran, el 27 de agosto, el nuevo Concordato": the object after an aside)
    boolean dateAside = sign.to() + 1 < s.to && (s.inDate(sign.to()) || s.inDate(sign.to() + 1));
    // (nor German's object before its verb: "Ungarn und Südkorea haben am Dienstag einen Beistandspakt unterzeichnet, der ...")
    if (!closes || dateAside || s.tokens.get(sign.from()).capitalized() || s.near(sign.to(), 0, 8, "treaty", "treatyref")
        || s.near(sign.from(), 10, 0, "treaty", "treatyref")) return List.of();
    List<String> states = new ArrayList<>();
    for (Mention m : Subjects.statesBefore(s, sign.from(), 12)) if (!m.isAdjectival() && !states.contains(m.id())) states.add(m.id());
    if (states.isEmpty()) return states;
    for (Cues.Hit l : s.cues("likewise")) {
      if (l.from() < sign.to() || l.from() - sign.to() > 1) continue;
      for (Mention m : Mentions.listAfter(s, l.to(), 1, Set.of(Entity.STATE))) if (!states.contains(m.id())) states.add(m.id());
    }
    return states;
  }

  private static void join(SentenceView s, ArticleContext ctx, Cues.Hit sign, List<String> states) {
    Treaties.Known known = TreatyEntities.knownOf(ctx, ctx.lastTreaty);
    states.removeIf(p -> known != null && known.closed() && !known.parties().contains(p));
    if (states.isEmpty()) return;
    for (String p : states) {
      ctx.relate(s, Relation.PARTY_TO, p, ctx.lastTreaty.id(), Relation.ACTIVE, null, "treaty-party", s.words(sign.from(), sign.to()));
      ctx.relate(s, Relation.SIGNED, p, ctx.lastTreaty.id(), Relation.ACTIVE, s.dateNear(sign.from()), "treaty-signer", s.words(sign.from(), sign.to()));
    }
    TreatyEntities.joinLastTreaty(ctx, states);
    for (Mention m : s.mentions) {       // "Prime Minister Margaret Thatcher signed for Britain"
      if (!m.kind().equals(Entity.LEADER) || m.to() > sign.from() || sign.from() - m.to() > 2) continue;
      if (states.contains(ctx.leaderState(m.id()))) {
        ctx.relate(s, Relation.SIGNED, m.id(), ctx.lastTreaty.id(), Relation.ACTIVE, s.dateNear(sign.from()), "treaty-signer", s.words(sign.from(), sign.to()));
      }
    }
  }

  /**
   * Whether the treaty was signed within a week of the article's date: the signing the article
   * reports, not a treaty it recalls ("the Non-Proliferation Treaty"), which a bare "signed" does not mean.
   */
  private static boolean signedThisWeek(ArticleContext ctx, Entity treaty) {
    if (treaty.signed() == null || treaty.signed().length() < 10) return false;
    java.time.LocalDate signed = Leaders.date(treaty.signed(), false);
    return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(signed, ctx.reference)) <= 7;
  }
}
