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

  @Test
  void statesNamedAmongCountedAgentsAreParties() {
    assertThat(Read.relations("fr", "Le traité de l'Atlantique Nord a été signé à Washington le 4 avril 1949 par douze pays, dont la France, "
        + "les États-Unis et la Grande-Bretagne.", "PARTY_TO"))
        .containsExactlyInAnyOrder("FRA PARTY_TO t-north-atlantic-treaty active", "GBR PARTY_TO t-north-atlantic-treaty active",
            "USA PARTY_TO t-north-atlantic-treaty active");
    assertThat(Read.relations("fr", "Le traité de l'Atlantique Nord a été signé à Washington le 4 avril 1949 par douze pays, dont la France, "
        + "les États-Unis et la Grande-Bretagne.", "SIGNED")).hasSize(3);
    // a name before the "including" is the agent itself, not a count of them
    assertThat(Read.relations("en", "The accord was signed in Geneva on Monday by Switzerland and Austria, including envoys who had served "
        + "in Germany.", "PARTY_TO"))
        .containsExactlyInAnyOrder("AUT PARTY_TO t-aut-che-2024 active", "CHE PARTY_TO t-aut-che-2024 active");
  }

  @Test
  void allTheStatesListedBesideTheSubjectAreParties() {
    assertThat(Read.relations("ru", "Украина, вместе с Россией и Белоруссией подписавшая соглашение, не ратифицировала устав.", "PARTY_TO"))
        .containsExactlyInAnyOrder("BLR PARTY_TO t-blr-rus-ukr active", "RUS PARTY_TO t-blr-rus-ukr active", "UKR PARTY_TO t-blr-rus-ukr active");
  }

  @Test
  void theMediatorNamedByAnAdjectiveIsNoParty() {
    assertThat(Read.relations("fr", "Le gouvernement du Mali a signé en 2015 un accord de paix avec les groupes armés du Nord, sous médiation "
        + "algérienne.", "PARTY_TO")).isEmpty();
  }

  @Test
  void forcesThatReachAnAgreementWithOneStateMakeNoTreatyBetweenStates() {
    assertThat(Read.relations("it", "Sul terreno le forze curde hanno raggiunto un'intesa con Damasco per il dispiegamento dell'esercito lungo "
        + "il confine, nel tentativo di fermare l'avanzata turca.", "PARTY_TO")).isEmpty();
  }

  @Test
  void statesAtTheSummitOrAbsentFromItAreNoPartiesOfAFirstTreaty() {
    assertThat(Read.relations("es", "Bolivia firmó hoy el protocolo de adhesión al Mercosur, el primer paso para convertirse en miembro pleno, "
        + "en una cumbre celebrada en Brasilia con Paraguay todavía suspendido y sin la presencia del presidente venezolano.", "PARTY_TO"))
        .noneMatch(r -> r.startsWith("PRY") || r.startsWith("VEN"));
  }
}
