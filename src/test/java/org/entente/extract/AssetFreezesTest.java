package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssetFreezesTest {

  @Test
  void aFreezeFarFromTheAssetsWordStillSanctionsTheirOwner() {
    assertThat(Read.relations("it", "Il Regno Unito ha congelato il 25 febbraio i beni di Vladimir Putin e del ministro degli Esteri Sergej Lavrov.",
        "SANCTIONS")).containsExactly("GBR SANCTIONS vladimir-putin active");
  }

  @Test
  void withNoSubjectTheJurisdictionOfTheAssetsFreezesThem() {
    assertThat(Read.relations("en", "The Treasury froze any U.S. assets of Supreme Leader Ali Khamenei under an executive order.",
        "SANCTIONS")).containsExactly("USA SANCTIONS ali-khamenei active");
  }

  @Test
  void frozenAssetsOfOfficialsOrAFreezeOnTalksSanctionNoLeader() {
    assertThat(Read.relations("en", "Britain froze the U.S. assets of two Russian oligarchs.", "SANCTIONS")).isEmpty();
    assertThat(Read.relations("en", "Russia froze talks with Kyiv on the assets plan of Volodymyr Zelensky.", "SANCTIONS")).isEmpty();
  }

  @Test
  void leadersListedAfterAnAsideAreAllOwners() {
    assertThat(Read.relations("en", "Switzerland adopted the EU's sanctions on Monday and froze, with immediate effect, the assets of "
        + "President Vladimir Putin, Prime Minister Mikhail Mishustin and Foreign Minister Sergei Lavrov.", "SANCTIONS"))
        .contains("CHE SANCTIONS vladimir-putin active", "CHE SANCTIONS mikhail-mishustin active")
        .doesNotContain("EU SANCTIONS vladimir-putin active");
  }

  @Test
  void anAdverbialOfImmediateEffectStandsBetweenTheFreezeAndTheAssets() {
    assertThat(Read.relations("fr", "La Suisse a gelé lundi avec effet immédiat les avoirs du président russe Vladimir Poutine.", "SANCTIONS"))
        .containsExactly("CHE SANCTIONS vladimir-putin active");
  }

  @Test
  void whereTheAssetsAreHeldStandsBetweenThemAndTheirOwnerOrTheVerb() {
    assertThat(Read.relations("de", "Großbritannien hat das Vermögen von Präsident Alexander Lukaschenko und Innenminister Juri Karajew "
        + "in Großbritannien eingefroren.", "SANCTIONS")).contains("GBR SANCTIONS alexander-lukashenko active");
    assertThat(Read.relations("it", "Washington ha congelato nel luglio 2017 i beni negli Stati Uniti del presidente venezuelano Nicolás Maduro "
        + "e di altri funzionari.", "SANCTIONS")).contains("USA SANCTIONS nicolas-maduro active");
  }

  @Test
  void aFreezeOfAStatesOwnAssetsSanctionsThatState() {
    assertThat(Read.relations("en", "Washington froze all Chinese and North Korean assets under U.S. jurisdiction on Dec. 17, 1950.", "SANCTIONS"))
        .containsExactlyInAnyOrder("USA SANCTIONS CHN active", "USA SANCTIONS PRK active");
    assertThat(Read.relations("es", "Londres congeló el 3 de abril de 1982 todos los activos del Gobierno argentino en bancos británicos.", "SANCTIONS"))
        .containsExactly("GBR SANCTIONS ARG active");
  }

  @Test
  void assetsOfPeopleOrFirmsOfAStateAreNotTheStates() {
    assertThat(Read.relations("en", "Washington froze Russian oligarchs' assets held in American banks.", "SANCTIONS")).isEmpty();
    assertThat(Read.relations("es", "Washington congeló los activos de varias empresas iraníes.", "SANCTIONS")).isEmpty();
  }
}
