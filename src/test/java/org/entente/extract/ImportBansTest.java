package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportBansTest {

  @Test
  void anImportBanSanctionsEveryStateTheGoodsComeFrom() {
    assertThat(Read.relations("ru", "Россия на год запрещает ввоз говядины, рыбы и овощей из США, Евросоюза и Норвегии.", "SANCTIONS"))
        .containsExactlyInAnyOrder("RUS SANCTIONS USA active", "RUS SANCTIONS EU active", "RUS SANCTIONS NOR active");
  }

  @Test
  void theBanningActorIsTheSubjectNearestTheBan() {
    assertThat(Read.relations("en", "Ukraine complained that Poland banned imports of grain from Ukraine.", "SANCTIONS"))
        .containsExactly("POL SANCTIONS UKR active");
  }

  @Test
  void aLiftedBanHasEndedAndAPossibleOneIsNone() {
    assertThat(Read.relations("en", "Russia lifted its ban on imports of fruit from Turkey.", "SANCTIONS"))
        .containsExactly("RUS SANCTIONS TUR ended");
    assertThat(Read.relations("en", "Russia could ban imports of fruit from Turkey next month.", "SANCTIONS")).isEmpty();
  }

  @Test
  void foodImportsBannedFromAListSanctionTheListInEnglishAndItalian() {
    assertThat(Read.relations("en", "In response, Russia banned food imports from the EU, the United States and Norway.", "SANCTIONS"))
        .containsExactlyInAnyOrder("RUS SANCTIONS EU active", "RUS SANCTIONS USA active", "RUS SANCTIONS NOR active");
    // an elided "dall'" says where the goods come from as "dagli" does
    assertThat(Read.relations("it", "La Russia ha vietato le importazioni di prodotti alimentari dall'Ue, dagli Stati Uniti e dal Canada.", "SANCTIONS"))
        .containsExactlyInAnyOrder("RUS SANCTIONS EU active", "RUS SANCTIONS USA active", "RUS SANCTIONS CAN active");
  }

  @Test
  void theGoodsAdjectiveNamesWhereTheyComeFrom() {
    assertThat(Read.relations("de", "Die EU-Staaten haben ein Einfuhrverbot für russisches Rohöl verhängt.", "SANCTIONS"))
        .containsExactly("EU SANCTIONS RUS active");
  }

  @Test
  void aSanctionsWordBeforeAWordForImportsIsAnImportBan() {
    assertThat(Read.relations("it", "I ministri dell'Unione europea hanno prorogato l'embargo sulle importazioni dall'Iran.", "SANCTIONS"))
        .containsExactly("EU SANCTIONS IRN active");
    assertThat(Read.relations("es", "La Unión Europea mantiene el embargo a las importaciones de petróleo procedentes de Irán.", "SANCTIONS"))
        .containsExactly("EU SANCTIONS IRN active");
  }
}
