package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What opens or closes a sentence around its relation (a day, a dateline, an attribution) changes nothing in it. */
class SentenceOpeningsTest {

  @Test
  void aFrontedDayIsNoPartOfTheSubject() {
    assertThat(Read.relations("en", "On Monday, Finland joined NATO.", "MEMBER_OF")).containsExactly("FIN MEMBER_OF NATO active");
    assertThat(Read.relations("en", "On Monday, Slovakia, an EU and NATO member, borders Ukraine.", "MEMBER_OF"))
        .containsExactly("SVK MEMBER_OF EU active", "SVK MEMBER_OF NATO active");
    assertThat(Read.relations("fr", "Lundi, le Rwanda, ancienne colonie belge, a été admis au sein du Commonwealth.", "MEMBER_OF"))
        .containsExactly("RWA MEMBER_OF COMMONWEALTH active");
    assertThat(Read.relations("es", "El 4 de abril de 2023, Finlandia, neutral durante décadas, ingresó en la OTAN.", "MEMBER_OF"))
        .containsExactly("FIN MEMBER_OF NATO active");
  }

  @Test
  void aFrontedYearStillDatesTheRelation() {
    assertThat(Read.extraction("en", "In 2004, Poland joined the EU.").relations()).singleElement()
        .satisfies(r -> assertThat(r.date()).isEqualTo("2004"));
  }

  @Test
  void anOpeningAttributionIsNoPartOfTheSubject() {
    assertThat(Read.relations("es", "Según fuentes oficiales, Australia, preocupada por las maniobras chinas, se sumó a las sanciones contra Rusia.", "SANCTIONS"))
        .containsExactly("AUS SANCTIONS RUS active");
    assertThat(Read.relations("ru", "По словам официальных лиц, Япония, внимательно следящая за Китаем, присоединилась к санкциям против России.", "SANCTIONS"))
        .containsExactly("JPN SANCTIONS RUS active");
    // the West that observes is no actor of what it observes
    assertThat(Read.entityIds("it", "Secondo osservatori occidentali, l'uscita formale toglie a Mosca ogni pretesto.")).doesNotContain("WEST");
    // a state that says it is still named; an adjective that says whose observers is not
    assertThat(Read.entityIds("it", "Secondo Stati Uniti e Corea del Sud, Pyongyang ha inviato soldati in Russia.")).contains("USA", "KOR");
    // a leader who says it still leads
    assertThat(Read.relations("ru", "Как сообщил президент Владимир Путин, закрывается представительство в Скопье.", "LEADS"))
        .containsExactly("vladimir-putin LEADS RUS active");
  }

  @Test
  void anOpeningPhraseAfterADatelineStillOpensTheSentence() {
    assertThat(Read.relations("de", "Genf (dpa) - Trotz der westlichen Sanktionen ist die russische Wirtschaft gewachsen.", "SANCTIONS"))
        .containsExactly("WEST SANCTIONS RUS active");
    assertThat(Read.relations("de", "Genf (dpa) - Nach 18 Jahren zäher Verhandlungen ist Russland der Welthandelsorganisation beigetreten.", "MEMBER_OF"))
        .containsExactly("RUS MEMBER_OF WTO active");
  }

  @Test
  void aFrontedPhraseMayHoldAList() {
    assertThat(Read.relations("ru", "Против Ирана и Сирии Вашингтон ввел новые санкции.", "SANCTIONS"))
        .containsExactly("USA SANCTIONS IRN active", "USA SANCTIONS SYR active");
    assertThat(Read.relations("en", "Sanctioned by Washington, Venezuela and Cuba turned to Moscow.", "SANCTIONS"))
        .containsExactly("USA SANCTIONS CUB active", "USA SANCTIONS VEN active");
    // a list after a preposition inside the subject stays one list
    assertThat(Read.relations("en", "Military rulers in Mali, Niger and Burkina Faso signed a mutual defence pact on Saturday.", "ALLIED_WITH"))
        .containsExactly("BFA ALLIED_WITH MLI active", "BFA ALLIED_WITH NER active", "MLI ALLIED_WITH NER active");
  }

  @Test
  void anAttributionAfterACommaNamesNoTargetOfItsOwn() {
    assertThat(Read.relations("es", "La UE impuso sanciones al régimen sirio, dijeron funcionarios.", "SANCTIONS")).containsExactly("EU SANCTIONS SYR active");
    assertThat(Read.relations("en", "Washington imposed an Iranian oil embargo, officials said.", "SANCTIONS")).containsExactly("USA SANCTIONS IRN active");
    assertThat(Read.relations("en", "The EU grew to 25 members with the entry of Cyprus and Malta, officials said.", "MEMBER_OF"))
        .containsExactly("CYP MEMBER_OF EU active", "MLT MEMBER_OF EU active");
    // without the comma the people are the target: "sanctions on Russian banks and officials"
    assertThat(Read.relations("en", "The US imposed sanctions on Russian banks and officials.", "SANCTIONS")).isEmpty();
  }

  @Test
  void sanctionsOnGangsSpareTheirState() {
    assertThat(Read.relations("fr", "Le Conseil de sécurité de l'ONU a adopté un régime de sanctions visant les gangs haïtiens.", "SANCTIONS")).isEmpty();
  }

  @Test
  void aRelativeClauseThatDescribesAStateLendsItNoPartner() {
    assertThat(Read.relations("en", "Finland, which borders Russia, joined NATO in 2023.", "MEMBER_OF")).containsExactly("FIN MEMBER_OF NATO active");
    assertThat(Read.relations("es", "Rusia, que limita con Nigeria, y Corea del Norte firmaron un tratado de defensa mutua.", "ALLIED_WITH"))
        .containsExactly("PRK ALLIED_WITH RUS active");
    assertThat(Read.relations("de", "Nordkorea, das an Russland grenzt, ist seit 2006 mit Sanktionen des UN-Sicherheitsrats belegt.", "SANCTIONS"))
        .containsExactly("UN SANCTIONS PRK active");
    assertThat(Read.relations("ru", "Венесуэла, граничащая с Колумбией, находится под санкциями, которые администрация Джо Байдена ввела в 2021 году.", "SANCTIONS"))
        .containsExactly("USA SANCTIONS VEN active");
    // one that says a relation keeps its states: "Turkey, which is a NATO member, ..."
    assertThat(Read.relations("en", "Turkey, which is a NATO member, bought Russian missiles.", "MEMBER_OF")).containsExactly("TUR MEMBER_OF NATO active");
    // German articles after a comma open a list, no relative clause
    assertThat(Read.relations("de", "Der Opec gehören 13 Staaten an, darunter Saudi-Arabien, der Irak und Nigeria.", "MEMBER_OF"))
        .contains("IRQ MEMBER_OF OPEC active");
  }

  @Test
  void aListGoesOnPastADescribingClause() {
    assertThat(Read.relations("en", "Gabon, which borders Cameroon, and Togo were admitted to the Commonwealth on Friday.", "MEMBER_OF"))
        .containsExactly("GAB MEMBER_OF COMMONWEALTH active", "TGO MEMBER_OF COMMONWEALTH active");
    // not past one that says something of its own
    assertThat(Read.relations("fr", "La Tunisie, qui demande un statut d'observateur, et la Mauritanie, qui a quitté la Cédéao en 2000, sont conviées.", "MEMBER_OF"))
        .containsExactly("MRT MEMBER_OF ECOWAS ended");
  }

  @Test
  void anOpeningPhraseOfCircumstanceNamesNoParty() {
    assertThat(Read.relations("en", "After talks with China, Finland became the 31st member of NATO on Tuesday.", "MEMBER_OF"))
        .containsExactly("FIN MEMBER_OF NATO active");
    assertThat(Read.relations("es", "Tras conversaciones con China, Rusia y Corea del Norte firmaron un pacto de defensa mutua.", "ALLIED_WITH"))
        .containsExactly("PRK ALLIED_WITH RUS active");
    // one that says something keeps its words; one whose name a relative clause describes too
    assertThat(Read.relations("en", "After Slovenia, which joined the EU in 2004, Croatia became a member in 2013.", "MEMBER_OF"))
        .contains("SVN MEMBER_OF EU active");
  }

  @Test
  void aCircumstanceWithTroopsOrALengthOfTimeNamesNoActor() {
    assertThat(Read.relations("en", "After Iraqi troops overran Kuwait, Britain imposed sanctions on Iraq.", "SANCTIONS"))
        .containsExactly("GBR SANCTIONS IRQ active");
    assertThat(Read.relations("en", "Four days after Iraq overran Kuwait, Britain imposed sanctions on Iraq.", "SANCTIONS"))
        .containsExactly("GBR SANCTIONS IRQ active");
    assertThat(Read.relations("fr", "Quelques jours après l'entrée des troupes russes en Ukraine, le Canada a imposé des sanctions à la Russie.", "SANCTIONS"))
        .containsExactly("CAN SANCTIONS RUS active");
    // the states of a circumstance are still mentioned by the article
    assertThat(Read.entityIds("fr", "Après avoir obtenu le départ des soldats français fin 2023, le Niger s'est tourné vers la Russie.")).contains("FRA");
  }
}
