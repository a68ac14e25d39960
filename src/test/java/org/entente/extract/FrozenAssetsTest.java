package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrozenAssetsTest {

  @Test
  void assetsHeldByASittingLeaderMakeHimTheTarget() {
    assertThat(Read.relations("en", "Britain froze all assets held by Syrian President Bashar al-Assad in British banks.", "SANCTIONS"))
        .containsExactly("GBR SANCTIONS bashar-al-assad active");
    // the holder of the assets is no agent of the freeze
    assertThat(Read.relations("en", "Britain froze all assets held by Syrian state companies in British banks.", "SANCTIONS")).isEmpty();
  }

  @Test
  void aGovernmentsFrozenAssetsAreItsStates() {
    assertThat(Read.relations("es", "Estados Unidos congeló todos los bienes del Gobierno venezolano.", "SANCTIONS"))
        .containsExactly("USA SANCTIONS VEN active");
    assertThat(Read.relations("es", "Estados Unidos congeló los bienes de empresas del Gobierno venezolano.", "SANCTIONS")).isEmpty();
  }
}
