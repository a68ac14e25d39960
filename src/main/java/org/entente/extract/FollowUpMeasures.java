package org.entente.extract;

/**
 * Further targets of the sanctions just reported: "The measures also target Belarus and Iran",
 * "Ces mesures visent aussi la Biélorussie". A sentence that opens with a word for the measures
 * and names states after a targeting word extends the last sanctioning actor's sanctions to them.
 * {@link SanctionRule} calls it for each sentence.
 */
final class FollowUpMeasures {

  private FollowUpMeasures() {}

  static void apply(SentenceView s, ArticleContext ctx) {
    // not "Les mesures qui visaient le président ... sont abandonnées": measures ended or suspended are read elsewhere or not at all
    if (ctx.lastSanctioner == null || s.has("sanction") || s.has("lift") || s.has("suspend") || s.has("terminate") || s.has("abandon")) return;
    for (Cues.Hit h : s.cues("measures")) {
      if (!opens(s, h) || Modality.notAFact(s, h)) continue;
      Cues.Hit against = s.firstAfter(h, "against", 12);
      if (against == null || s.near(h.to(), 0, against.from() - h.to(), "negation", "lift")) continue;
      for (Mention m : Mentions.listAfter(s, against.to(), 3, SanctionRule.TARGETS)) {
        if (m.isAdjectival() || m.id().equals(ctx.lastSanctioner) || !m.isState() && !m.kind().equals(Entity.LEADER)) continue;
        ctx.relate(s, Relation.SANCTIONS, ctx.lastSanctioner, m.id(), Relation.ACTIVE, s.dateNear(against.from()), "follow-up-measures",
            s.words(h.from(), against.to()));
      }
      return;
    }
  }

  /** The word opens the sentence, after at most an article or a demonstrative ("The", "Ces", "Эти"). */
  private static boolean opens(SentenceView s, Cues.Hit h) {
    for (int i = s.from; i < h.from(); i++) if (!s.inWireOpening(i) && (h.from() - s.from > 2 || s.tokens.get(i).capitalized() && i > s.from)) return false;
    return true;
  }
}
