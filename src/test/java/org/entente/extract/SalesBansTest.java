package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SalesBansTest {

  @Test
  void aBanOnSalesToAStateSanctionsItInEveryLanguage() {
    assertThat(Read.relations("en", "The United States banned all sales of weapons and military technology to Venezuela.", "SANCTIONS"))
        .containsExactly("USA SANCTIONS VEN active");
    assertThat(Read.relations("fr", "Les États-Unis ont interdit toute vente d'armes au Venezuela.", "SANCTIONS")).containsExactly("USA SANCTIONS VEN active");
    assertThat(Read.relations("de", "Die USA verboten alle Waffenverkäufe an Venezuela.", "SANCTIONS")).containsExactly("USA SANCTIONS VEN active");
    assertThat(Read.relations("es", "Estados Unidos prohibió la venta de armas a Venezuela.", "SANCTIONS")).containsExactly("USA SANCTIONS VEN active");
    assertThat(Read.relations("it", "Gli Stati Uniti hanno vietato la vendita di armi al Venezuela.", "SANCTIONS")).containsExactly("USA SANCTIONS VEN active");
    assertThat(Read.relations("ru", "США запретили продажу оружия Венесуэле.", "SANCTIONS")).containsExactly("USA SANCTIONS VEN active");
  }

  @Test
  void aLiftedBanOnSalesHasEnded() {
    assertThat(Read.relations("fr", "Paris a levé l'interdiction de vente d'armes à la Libye.", "SANCTIONS")).containsExactly("FRA SANCTIONS LBY ended");
  }

  @Test
  void aBanProposedUrgedOrRefusedIsNone() {
    assertThat(Read.relations("en", "Congress proposed a ban on all arms sales to Saudi Arabia.", "SANCTIONS")).isEmpty();
    assertThat(Read.relations("en", "China urged the United States to ban arms sales to Taiwan.", "SANCTIONS")).isEmpty();
    assertThat(Read.relations("de", "Berlin lehnte ein Verbot von Waffenverkäufen an Israel ab.", "SANCTIONS")).isEmpty();
    assertThat(Read.relations("ru", "Россия не будет запрещать продажу оружия Ирану.", "SANCTIONS")).isEmpty();
  }

  @Test
  void aVerbClosingItsClauseBansNoSaleNamedAfterAnd() {
    assertThat(Read.relations("de", "Präsident Wladimir Putin unterzeichnete am Samstag ein Dekret, das die Einfuhr bestimmter türkischer Waren "
        + "verbietet oder beschränkt, Charterflüge zwischen beiden Ländern untersagt und Reiseveranstaltern den Verkauf von Türkei-Reisen verbietet.",
        "SANCTIONS")).doesNotContain("TUR SANCTIONS RUS active");
  }
}
