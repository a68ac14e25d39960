package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Asides between commas that tell of a name or of the occasion, not of the relation's parties. */
class AsidesTest {

  @Test
  void anOrganizationWhereItHappenedIsNoActor() {
    assertThat(Read.relations("en", "The European Union imposed, during a summit of the African Union, sanctions on Russia.", "SANCTIONS"))
        .containsExactly("EU SANCTIONS RUS active");
    assertThat(Read.relations("fr", "La Croatie a adhéré, lors d'un sommet de l'Union africaine, à l'Union européenne.", "MEMBER_OF"))
        .containsExactly("HRV MEMBER_OF EU active");
  }

  @Test
  void statesInADespiteAsideTakeNoPart() {
    assertThat(Read.relations("es", "La Unión Europea impuso ayer, pese a las reticencias de Francia y el Reino Unido, un embargo de armas a Indonesia.", "SANCTIONS"))
        .containsExactly("EU SANCTIONS IDN active");
  }

  @Test
  void aSigningsOccasionStillNamesItsParties() {
    assertThat(Read.relations("it", "Il trattato è stato firmato da Putin e Kim il 19 giugno 2024, durante la visita del capo del Cremlino in Corea del Nord.", "PARTY_TO"))
        .isNotEmpty();
  }

  @Test
  void anApplicationInARelativeClauseIsTheNamesPast() {
    assertThat(Read.relations("en", "East Timor, which first applied in 2011, was formally admitted to ASEAN as its 11th member.", "MEMBER_OF"))
        .containsExactly("TLS MEMBER_OF ASEAN active");
  }

  @Test
  void anApplicationInTheMainClauseStillCounts() {
    assertThat(Read.relations("en", "East Timor, which borders Indonesia, applied to join ASEAN in 2011.", "MEMBER_OF")).isEmpty();
  }

  @Test
  void aDayBetweenTheVerbAndItsObjectKeepsTheWholeSubject() {
    assertThat(Read.relations("en", "The United States and Canada imposed, on Monday, new sanctions on Belarus.", "SANCTIONS"))
        .containsExactlyInAnyOrder("USA SANCTIONS BLR active", "CAN SANCTIONS BLR active");
  }

  @Test
  void asExpectedIsNoDoubt() {
    assertThat(Read.relations("es", "Estados Unidos y Canadá impusieron, como se esperaba, sanciones a Bielorrusia.", "SANCTIONS"))
        .containsExactlyInAnyOrder("USA SANCTIONS BLR active", "CAN SANCTIONS BLR active");
    assertThat(Read.relations("es", "Estados Unidos espera imponer sanciones a Bielorrusia.", "SANCTIONS")).isEmpty();
  }
}
