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
}
