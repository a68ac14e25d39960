package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryBansTest {

  @Test
  void aLeaderBannedFromEnteringIsSanctionedByTheBanningStates() {
    assertThat(Read.relations("en", "Estonia and Latvia banned Belarusian President Alexander Lukashenko from entering their territory.",
        "SANCTIONS")).containsExactlyInAnyOrder("EST SANCTIONS alexander-lukashenko active", "LVA SANCTIONS alexander-lukashenko active");
  }

  @Test
  void aBanOnCitizensOrGoodsSanctionsNoOne() {
    assertThat(Read.relations("en", "The United States imposed a travel ban on citizens of Iran.", "SANCTIONS")).isEmpty();
    assertThat(Read.relations("en", "Lukashenko banned Polish trucks from entering Belarus.", "SANCTIONS")).isEmpty();
  }

  @Test
  void aLiftedBanHasEnded() {
    assertThat(Read.relations("en", "Estonia lifted its travel ban on Lukashenko.", "SANCTIONS"))
        .containsExactly("EST SANCTIONS alexander-lukashenko ended");
  }
}
