package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Relations read with a 2024-06-20 publication date: Obama, Trump and Aznar are out of office then, Biden in. */
class LeaderGovernmentsTest {

  @Test
  void aFormerLeadersAdministrationActsForItsState() {
    assertThat(Read.relations("en", "The Obama administration imposed sanctions on Syria on Wednesday.", "SANCTIONS"))
        .containsExactly("USA SANCTIONS SYR active");
  }

  @Test
  void theAdministrationNamedAfterTheLeaderInOtherLanguages() {
    assertThat(Read.relations("fr", "L'administration Trump a imposé des sanctions à l'Iran lundi.", "SANCTIONS"))
        .containsExactly("USA SANCTIONS IRN active");
    assertThat(Read.relations("ru", "Администрация Трампа ввела санкции против Ирана.", "SANCTIONS"))
        .containsExactly("USA SANCTIONS IRN active");
    assertThat(Read.relations("en", "The government of Prime Minister Boris Johnson imposed sanctions on Russia.", "SANCTIONS"))
        .containsExactly("GBR SANCTIONS RUS active");
  }

  @Test
  void theLeaderIsStillListed() {
    assertThat(Read.entityIds("it", "Il documento, negoziato ai tempi del governo di Mario Draghi, prevede consultazioni regolari."))
        .contains("mario-draghi");
  }

  @Test
  void aLeaderWithoutAGovernmentWordStaysAPerson() {
    assertThat(Read.relations("en", "Obama imposed sanctions on Syria on Wednesday.", "SANCTIONS")).isEmpty();
    assertThat(Read.entityIds("en", "Obama spoke on Wednesday.")).doesNotContain("USA");
  }

  @Test
  void aTitlesOwnGovernmentWordNamesNoState() {
    // "jefe del Gobierno" is the office, not the government acting
    assertThat(Read.entityIds("es", "El tratado fue firmado por el jefe del Gobierno José María Aznar.")).doesNotContain("ESP");
  }

  @Test
  void aSittingLeadersAdministrationIsReadAsBefore() {
    assertThat(Read.relations("ru", "Венесуэла находится под санкциями, которые администрация Джо Байдена ввела в октябре.", "SANCTIONS"))
        .containsExactly("USA SANCTIONS VEN active");
  }
}
