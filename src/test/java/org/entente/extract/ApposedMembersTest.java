package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApposedMembersTest {

  @Test
  void statesInBracketsOrDashesAfterAnOrganizationAreItsMembers() {
    assertThat(Read.relations("en", "The Group of Seven (the United States, Japan and Canada) met on Monday.", "MEMBER_OF"))
        .containsExactlyInAnyOrder("USA MEMBER_OF G7 active", "JPN MEMBER_OF G7 active", "CAN MEMBER_OF G7 active");
    assertThat(Read.relations("fr", "Les dirigeants du G7 - États-Unis, Japon et Canada - ont déclaré que la Russie était isolée.", "MEMBER_OF"))
        .containsExactlyInAnyOrder("USA MEMBER_OF G7 active", "JPN MEMBER_OF G7 active", "CAN MEMBER_OF G7 active");
  }

  @Test
  void theListEndsWhereItsDashCloses() {
    assertThat(Read.relations("fr", "L'accord est signé par les membres de l'Asean - Brunei, la Malaisie et Singapour -, "
        + "ainsi que par le Vietnam et le Japon.", "MEMBER_OF"))
        .containsExactlyInAnyOrder("BRN MEMBER_OF ASEAN active", "MYS MEMBER_OF ASEAN active", "SGP MEMBER_OF ASEAN active");
  }

  @Test
  void anAsideNamingOtherBodiesIsNoListOfMembers() {
    assertThat(Read.relations("en", "The Group of Seven (the United States, the European Union, the United Nations and Canada) met.", "MEMBER_OF"))
        .isEmpty();
    assertThat(Read.relations("en", "NATO (a Canadian and a Japanese officer) met.", "MEMBER_OF")).isEmpty();
  }

  @Test
  void anOrganizationOfStatesNamedAfterItHasThemAsMembers() {
    assertThat(Read.relations("ru", "Вступил в силу Таможенный кодекс Таможенного союза России, Белоруссии и Казахстана.", "MEMBER_OF"))
        .containsExactlyInAnyOrder("RUS MEMBER_OF EACU active", "BLR MEMBER_OF EACU active", "KAZ MEMBER_OF EACU active");
    // what a state will not join is named, not described
    assertThat(Read.relations("ru", "Казахстан не намерен вступать в Союзное государство России и Белоруссии.", "MEMBER_OF")).isEmpty();
  }
}
