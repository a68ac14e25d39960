package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TreatyPartiesTest {

  @Test
  void aStateBoundToAnotherByATreatyMakesBothParties() {
    String first = "La France et la Grande-Bretagne ont signé à Dunkerque un traité d'alliance. ";
    assertThat(Read.relations("fr", first + "La France est déjà liée à l'Union soviétique par le traité d'alliance signé à Moscou "
        + "le 10 décembre 1944.", "PARTY_TO"))
        .contains("FRA PARTY_TO t-fra-rus-1944 active", "RUS PARTY_TO t-fra-rus-1944 active");
    // bound to a state in an aside, far from the treaty the sentence signs, is no party of it
    assertThat(Read.relations("fr", "La France, qui reste liée à l'Allemagne depuis 1963, a signé jeudi à Rome un traité avec l'Italie.", "PARTY_TO"))
        .containsExactlyInAnyOrder("FRA PARTY_TO t-fra-ita-2024 active", "ITA PARTY_TO t-fra-ita-2024 active");
  }
}
