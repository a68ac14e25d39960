package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FollowUpMeasuresTest {

  @Test
  void theMeasuresJustReportedExtendToTheStatesTheyTarget() {
    assertThat(Read.relations("en", "The EU on Friday approved new sanctions against Russia. "
        + "The measures, which include an anti-circumvention tool, also target Belarus and Iran.", "SANCTIONS"))
        .containsExactlyInAnyOrder("EU SANCTIONS RUS active", "EU SANCTIONS BLR active", "EU SANCTIONS IRN active");
    assertThat(Read.relations("de", "Die EU hat neue Sanktionen gegen Russland beschlossen. "
        + "Die Maßnahmen richten sich auch gegen Belarus.", "SANCTIONS")).contains("EU SANCTIONS BLR active");
  }

  @Test
  void measuresWithNoSanctionsBeforeOrGivenUpTargetNoOne() {
    assertThat(Read.relations("fr", "Ces mesures visent aussi la Biélorussie.", "SANCTIONS")).isEmpty();
    assertThat(Read.relations("fr", "L'Union européenne a imposé des sanctions à la Birmanie en 1996. "
        + "Les mesures qui visaient le président Thein Sein sont abandonnées.", "SANCTIONS")).containsExactly("EU SANCTIONS MMR active");
    assertThat(Read.relations("en", "The EU imposed new sanctions against Russia. The measures target Russian banks.", "SANCTIONS"))
        .containsExactly("EU SANCTIONS RUS active");
  }
}
