package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedMembersTest {

  @Test
  void aCountAloneNamesNoMember() {
    assertThat(Read.relations("en", "NATO's 32 members met in Washington on Tuesday.", "MEMBER_OF")).isEmpty();
  }

  @Test
  void aListSetApartByCommasOrADashAfterTheCountNamesTheMembers() {
    assertThat(Read.relations("it", "I tre membri dell'Aukus, Australia, Regno Unito e Stati Uniti, hanno annunciato consultazioni.", "MEMBER_OF"))
        .containsExactlyInAnyOrder("AUS MEMBER_OF AUKUS active", "GBR MEMBER_OF AUKUS active", "USA MEMBER_OF AUKUS active");
    assertThat(Read.relations("it", "Il documento è stato firmato dai tre membri dell'Asean - Brunei, Indonesia e Malaysia - e da due osservatori.", "MEMBER_OF"))
        .containsExactlyInAnyOrder("BRN MEMBER_OF ASEAN active", "IDN MEMBER_OF ASEAN active", "MYS MEMBER_OF ASEAN active");
  }

  @Test
  void leadersListedWithTheirStatesInBracketsNameTheStates() {
    assertThat(Read.relations("es", "Lo firmaron los mandatarios de los cuatro miembros plenos del Mercosur: Carlos Menem (Argentina), "
        + "Fernando Henrique Cardoso (Brasil), Juan Carlos Wasmosy (Paraguay) y Julio María Sanguinetti (Uruguay).", "MEMBER_OF"))
        .containsExactlyInAnyOrder("ARG MEMBER_OF MERCOSUR active", "BRA MEMBER_OF MERCOSUR active",
            "PRY MEMBER_OF MERCOSUR active", "URY MEMBER_OF MERCOSUR active");
  }
}
