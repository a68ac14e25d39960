package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Treaties in the plural with a list of states: "Советский Союз связан договорами ... с Польшей,
 * Румынией, Венгрией и Болгарией", "the 1951 treaties with the Philippines and Japan". One
 * document per partner, each between the subject and that partner, not one binding them all.
 */
final class TreatiesWithEach {

  private TreatiesWithEach() {}

  /** Makes the treaties and their parties; false when the sentence has no such subject and list. */
  static boolean read(SentenceView s, ArticleContext ctx, Cues.Hit h, Cues.Hit sign) {
    if (!s.covered(h.from(), "treaties")) return false;
    for (Cues.Hit w : s.cues("with")) {
      if (w.from() < h.to() || w.from() - h.to() > 10 || s.clauseIn(h.to(), w.from())) continue;
      List<Mention> partners = Mentions.listAfter(s, w.to(), 2, Set.of(Entity.STATE));
      if (partners.size() < 2) return false;
      List<Mention> subject = Subjects.statesBefore(s, h.from(), 15);
      if (subject.size() != 1 || partners.stream().anyMatch(p -> p.id().equals(subject.get(0).id()))) return false;
      String hub = subject.get(0).id();
      DateMention date = s.dateNear(h.from());
      boolean signed = sign != null && !Modality.notAFact(s, sign);
      List<Entity> made = new ArrayList<>();
      for (Mention p : partners) {
        Entity t = TreatyEntities.treaty(ctx, null, new TreeSet<>(List.of(hub, p.id())), date);
        ctx.put(t);
        made.add(t);
        for (String party : t.parties()) {
          ctx.relate(s, Relation.PARTY_TO, party, t.id(), Relation.ACTIVE, null, "treaty-party", s.words(h.from(), h.to()));
          if (signed) ctx.relate(s, Relation.SIGNED, party, t.id(), Relation.ACTIVE, date, "treaty-signer", s.words(sign.from(), sign.to()));
        }
      }
      ctx.lastTreaty = made.get(made.size() - 1);
      ctx.lastTreatySentence = s.sentence.index();
      return true;
    }
    return false;
  }

  /**
   * "подписали Договор о создании Союзного государства", "the treaty creating the Union State": the
   * parties of a treaty that founds the organization named right after it are its members.
   */
  static void foundersJoin(SentenceView s, ArticleContext ctx, Cues.Hit h, Entity treaty, boolean acted) {
    if (!acted) return;
    int i = h.to();
    // (also through a relative and a word of the treaty's own: "el acuerdo marco que dio vida a la Alianza del Pacífico")
    while (i < s.to && i - h.to() < 3 && !s.covered(i, "found") && (s.covered(i, "about", "of", "from", "det", "thedef", "relative")
        || !s.tokens.get(i).capitalized() && !s.inMention(i) && s.covered(i + 1 < s.to ? i + 1 : i, "relative", "found"))) i++;
    if (i >= s.to || !s.covered(i, "found") || s.commaBetween(h.to() - 1, i)) return;
    int end = i + 1;
    for (Cues.Hit f : s.cues("found")) if (f.from() <= i && i < f.to()) end = Math.max(end, f.to());
    for (Mention m : s.mentions) {
      if (m.from() < end) continue;
      if (!m.isOrganization() || m.from() - end > 2 || s.commaBetween(end - 1, m.from())) return;
      // (only the parties this sentence names, by name or through their leaders: not those an earlier document had)
      for (String p : treaty.parties()) {
        boolean here = s.mentions.stream().anyMatch(x -> x.isState() && x.id().equals(p)
            || x.kind().equals(Entity.LEADER) && p.equals(TreatyParties.leaderStateWhen(s, ctx, x, h)));
        if (here && TreatyEntities.namedParty(ctx, treaty, p)) ctx.relate(s, Relation.MEMBER_OF, p, m.id(), Relation.ACTIVE, null, "membership", s.words(i, end));
      }
      return;
    }
  }
}
