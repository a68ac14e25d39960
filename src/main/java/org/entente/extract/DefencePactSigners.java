package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A defence pact told before its parties are named ("I sei paesi del Ccg hanno firmato un accordo
 * di difesa comune ... Il patto è stato sottoscritto da Arabia Saudita, Bahrein, ..."): the states a
 * later sentence names as its signers are allies. {@link AllianceRule} asks it for each sentence.
 */
final class DefencePactSigners {

  private DefencePactSigners() {}

  /**
   * Remembers a pact whose sentence names fewer than two states and no treaty of the dictionary;
   * allies the signers a sentence within the next two names, in a signing told as a fact.
   */
  static void read(SentenceView s, ArticleContext ctx) {
    // a pact the text describes, not one the dictionary names: that one's parties are known otherwise
    boolean pact = s.has("treaty") && s.has("sign") && s.mentions.stream().noneMatch(m -> m.kind().equals(Entity.TREATY));
    if (pact && !s.has("ally") && ctx.defencePactSentence >= 0 && s.sentence.index() - ctx.defencePactSentence <= 2) {
      // a signing reported as a fact: not "Washington no firmará el pacto ... con China, Japón, Rusia y Corea del Sur"
      Cues.Hit h = s.cues("sign").stream().filter(c -> !Modality.notAFact(s, c)).findFirst().orElse(null);
      if (h == null) return;
      List<Mention> signers = new ArrayList<>();
      for (Mention m : Mentions.distinctStates(s)) if (!Venues.isVenue(s, m) && !m.isAdjectival()) signers.add(m);
      if (signers.size() >= 2) {
        for (int i = 0; i < signers.size(); i++) {
          for (int j = i + 1; j < signers.size(); j++) AllianceRule.relate(s, ctx, h, Relation.ACTIVE, signers.get(i).id(), signers.get(j).id());
        }
        ctx.defencePactSentence = -1;
      }
      return;
    }
    if (!pact || Mentions.distinctStates(s).size() >= 2) return;
    for (Cues.Hit h : s.cues("ally")) {
      if (!Modality.notAFact(s, h) && !s.covered(h.from(), "orgref")) ctx.defencePactSentence = s.sentence.index();
    }
  }
}
