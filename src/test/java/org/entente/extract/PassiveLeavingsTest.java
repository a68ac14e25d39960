package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassiveLeavingsTest {

  @Test
  void anOrganizationAbandonedByAStateWasLeftByIt() {
    assertThat(Read.relations("it", "Niger e Burkina Faso si sono ritirati dal G5 Sahel, l'organizzazione regionale già abbandonata dal Mali nel 2022.", "MEMBER_OF"))
        .contains("MLI MEMBER_OF G5_SAHEL ended");
    assertThat(Read.relations("en", "Pakistan left CENTO, the pro-Western alliance already abandoned by Iran after the fall of the shah.", "MEMBER_OF"))
        .containsExactlyInAnyOrder("PAK MEMBER_OF CENTO ended", "IRN MEMBER_OF CENTO ended");
  }

  @Test
  void aMeasureAbandonedByAStateLeavesNoOrganization() {
    assertThat(Read.relations("en", "The sanctions imposed by the EU were abandoned by Britain.", "MEMBER_OF")).isEmpty();
    assertThat(Read.relations("en", "The nuclear deal abandoned by the United States in 2018 still binds Iran.", "MEMBER_OF")).isEmpty();
  }
}
