package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetPrepositionTest {

  @Test
  void eachMeasureTakesTheNearerPreposition() {
    assertThat(Read.relations("en", "The United States imposed an arms embargo on Venezuela and sanctions against Cuba.", "SANCTIONS"))
        .containsExactlyInAnyOrder("USA SANCTIONS VEN active", "USA SANCTIONS CUB active");
  }

  @Test
  void aRelativeThatKeepsTheSanctionsReachesFurther() {
    assertThat(Read.relations("es", "Washington levantó el embargo comercial que mantenía desde hace dos décadas contra Sudán.", "SANCTIONS"))
        .containsExactly("USA SANCTIONS SDN ended");
  }

  @Test
  void theParticipleThatImposesThemNamesTheTarget() {
    assertThat(Read.relations("fr", "Le Conseil de sécurité a prolongé l'embargo sur les armes imposé à la Somalie.", "SANCTIONS"))
        .containsExactly("UN SANCTIONS SOM active");
  }

  @Test
  void aPrepositionPastAnotherMeasureIsThatOnes() {
    assertThat(Read.relations("ru", "Москва, ответив на западные санкции, ввела эмбарго против Евросоюза.", "SANCTIONS"))
        .containsExactlyInAnyOrder("WEST SANCTIONS RUS active", "RUS SANCTIONS EU active");
  }
}
