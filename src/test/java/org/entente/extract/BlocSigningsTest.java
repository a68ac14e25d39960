package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlocSigningsTest {

  @Test
  void theMembersListedLaterArePartiesToWhatTheBlocSigned() {
    assertThat(Read.relations("fr", "La Chine et les pays de l'Asean ont signé lundi un accord-cadre. "
        + "L'Asean regroupe Brunei, le Cambodge et le Laos.", "PARTY_TO"))
        .containsExactlyInAnyOrder("CHN PARTY_TO t-chn-2024 active", "BRN PARTY_TO t-chn-2024 active",
            "KHM PARTY_TO t-chn-2024 active", "LAO PARTY_TO t-chn-2024 active");
  }

  @Test
  void aStateBesideTheBlocIsNotOneOfItsMembers() {
    assertThat(Read.relations("fr", "La Chine et les pays de l'Asean s'engagent à régler pacifiquement leurs différends.", "MEMBER_OF"))
        .isEmpty();
  }

  @Test
  void oneCountryOfABlocIsNotTheBloc() {
    assertThat(Read.relations("fr", "Le traité a été conclu par la Russie avec un pays de la CEI. "
        + "La CEI regroupe l'Arménie, le Bélarus et le Kazakhstan.", "PARTY_TO")).isEmpty();
  }
}
