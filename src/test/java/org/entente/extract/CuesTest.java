package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CuesTest {

  private static final Cues CUES = new Cues();

  private static List<Cues.Hit> hits(Language lang, String text) {
    List<String> folded = new ArrayList<>();
    for (Token t : MatchAnalyzer.tokens(text, lang)) folded.add(t.folded());
    return CUES.find(folded, lang);
  }

  private static List<Cues.Hit> phrasesAt(List<Cues.Hit> hits, int from) {
    return hits.stream().filter(h -> h.from() == from && h.to() - h.from() > 1).toList();
  }

  @Test
  void aWordOpeningManyPhrasesFindsTheOneItsNextWordsContinue() {
    // "in" opens a score of phrases ("in force", "in the wake of", "in line with" ...)
    assertThat(phrasesAt(hits(Language.EN, "Sanctions were imposed in line with the decision."), 3))
        .containsExactly(new Cues.Hit("inline", 3, 6));
  }

  @Test
  void aWordOpeningManyPhrasesFindsNoneWhenItsNextWordContinuesNone() {
    assertThat(phrasesAt(hits(Language.EN, "Talks were held in the capital."), 3)).isEmpty();
  }

  @Test
  void aDayMayStandInsideAPhrase() {
    List<Cues.Hit> hits = hits(Language.FR, "Le Danemark et l'Irlande sont entrés lundi dans la Communauté.");
    assertThat(hits).contains(new Cues.Hit("join", 5, 8));
  }

  @Test
  void aPhraseCutShortByTheEndOfTheTextIsNoHit() {
    assertThat(phrasesAt(hits(Language.EN, "Sanctions were imposed in line"), 3)).isEmpty();
  }

  @Test
  void oneWordCuesOfAWordComeOncePerCategoryInOrder() {
    List<Cues.Hit> hits = hits(Language.EN, "The European Union imposed sanctions on Russia and lifted them later.");
    for (int i = 0; i < 12; i++) {
      int at = i;
      List<String> categories = hits.stream().filter(h -> h.from() == at && h.to() == at + 1).map(Cues.Hit::category).toList();
      assertThat(categories).doesNotHaveDuplicates().isSorted();
    }
    assertThat(hits).contains(new Cues.Hit("sanction", 4, 5));
  }
}
