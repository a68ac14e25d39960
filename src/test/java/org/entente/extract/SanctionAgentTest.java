package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SanctionAgentTest {

  @Test
  void theSubjectOfARelativeClauseImposesTheSanctions() {
    assertThat(Read.relations("en", "The sanctions that the European Union imposed on Russia last week took effect on Wednesday."))
        .containsExactly("EU SANCTIONS RUS active");
  }

  @Test
  void theAgentOfAParticipleFurtherOnImposesThem() {
    assertThat(Read.relations("fr", "Vendredi, les sanctions imposées aux États-Unis par la Russie ont été prolongées de six mois."))
        .containsExactly("RUS SANCTIONS USA active");
    assertThat(Read.relations("de", "Die Sanktionen gegen den Iran sind am Freitag durch die EU um weitere sechs Monate verlängert worden."))
        .containsExactly("EU SANCTIONS IRN active");
  }

  @Test
  void aRussianInstrumentalAfterTheParticipleIsTheAgent() {
    assertThat(Read.relations("ru", "Санкции, введённые Россией против Финляндии на прошлой неделе, вступили в силу в среду."))
        .containsExactly("RUS SANCTIONS FIN active");
  }

  @Test
  void aGermanAttributeBeforeTheNounNamesTheAgent() {
    assertThat(Read.relations("de", "Seit Montag sind die durch die UNO gegen die USA verhängten Sanktionen in Kraft."))
        .containsExactly("UN SANCTIONS USA active");
  }

  @Test
  void whoeverWelcomesSanctionsDoesNotImposeThem() {
    assertThat(Read.relations("en", "The sanctions against Iran were welcomed by Israel.")).isEmpty();
  }
}
