package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DidSoTest {

  @Test
  void statesThatDidSoJoinedWhatTheFirstClauseJoined() {
    assertThat(Read.relations("en", "Finland joined NATO in April 2023, while Sweden did so in March 2024.", "MEMBER_OF"))
        .containsExactlyInAnyOrder("FIN MEMBER_OF NATO active", "SWE MEMBER_OF NATO active");
    assertThat(Read.relations("es", "Canadá ingresó en la Organización de los Estados Americanos en enero de 1990, "
        + "mientras que Belice y Guyana lo hicieron un año después.", "MEMBER_OF"))
        .containsExactlyInAnyOrder("CAN MEMBER_OF OAS active", "BLZ MEMBER_OF OAS active", "GUY MEMBER_OF OAS active");
    assertThat(Read.relations("fr", "La Finlande a rejoint l'Otan en avril 2023, et la Suède l'a fait en mars 2024.", "MEMBER_OF"))
        .contains("SWE MEMBER_OF NATO active");
    assertThat(Read.relations("it", "La Finlandia è entrata nella Nato nel 2023, mentre la Svezia lo ha fatto nel 2024.", "MEMBER_OF"))
        .contains("SWE MEMBER_OF NATO active");
  }

  @Test
  void doingSoAfterAnotherActOrADoubtIsNoJoining() {
    // what was done again is the sanctions, not a joining
    assertThat(Read.relations("en", "Poland joined NATO in 1999 and imposed sanctions on Belarus in 2020, and Lithuania did so too.", "MEMBER_OF"))
        .noneMatch(r -> r.startsWith("LTU"));
    assertThat(Read.relations("en", "Finland wants to join NATO, and Sweden may do so as well.", "MEMBER_OF")).isEmpty();
  }
}
