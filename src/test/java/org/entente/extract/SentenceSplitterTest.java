package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = SentenceSplitter.standard();

  @Test
  void splitsAtSentenceEndsAndLineBreaks() {
    List<Sentence> s = splitter.split("Russia signed. North Korea agreed!\nA new paragraph");
    assertThat(s).extracting(Sentence::text).containsExactly("Russia signed.", "North Korea agreed!", "A new paragraph");
  }

  @Test
  void abbreviationsAndInitialsDoNotEndASentence() {
    assertThat(splitter.split("The U.S. and Mr. Smith met J. Doe. Then they left.")).hasSize(2);
    assertThat(splitter.split("Les EE. UU. y Rusia")).hasSize(1);
  }

  @Test
  void onlyGermanWritesOrdinalsWithAPeriod() {
    assertThat(splitter.split("Der Gipfel endet am 19. Mai in Riad.", Language.DE)).hasSize(1);
    assertThat(splitter.split("Finnland ist das 31. Mitglied.", Language.DE)).hasSize(1);
    assertThat(splitter.split("Osttimor ist das 166. Mitglied der WTO.", Language.DE)).hasSize(1);
    assertThat(splitter.split("Die Zahl stieg auf 200. Die Regierung schwieg.", Language.DE)).hasSize(2);
    assertThat(splitter.split("A summit is due on May 19. Foreign ministers approved it.", Language.EN)).hasSize(2);
  }

  @Test
  void spansPointIntoTheText() {
    String text = "  First one. Second one.";
    for (Sentence s : splitter.split(text)) assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
  }
}
