package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TreatyRuleTest {

  @Test
  void aTreatyReportedOverSeveralSentencesIsOneTreaty() {
    Extraction x = Read.extraction("en", "Russia and North Korea signed a treaty on 19 June 2024. "
        + "The agreement was ratified by Moscow in November. It entered into force on 4 December 2024.");
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).singleElement().satisfies(t -> {
      assertThat(t.parties()).containsExactly("PRK", "RUS");
      assertThat(t.signed()).isEqualTo("2024-06-19");
    });
    assertThat(x.relations()).filteredOn(r -> r.type().equals("PARTY_TO")).extracting(Relation::source)
        .containsExactlyInAnyOrder("PRK", "RUS");
  }

  @Test
  void whenALeaderSignsTheStatesAreNotSignersBesides() {
    assertThat(Read.relations("fr", "La Russie et la Corée du Nord ont signé un traité. "
        + "L'accord a été ratifié le 11 novembre par un décret signé par Kim Jong Un.", "SIGNED"))
        .containsExactly("kim-jong-un SIGNED t-prk-rus active");
    assertThat(Read.relations("fr", "La Russie et la Corée du Nord ont signé un traité.", "SIGNED"))
        .containsExactlyInAnyOrder("PRK SIGNED t-prk-rus active", "RUS SIGNED t-prk-rus active");
  }
}
