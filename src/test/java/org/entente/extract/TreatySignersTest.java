package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TreatySignersTest {

  @Test
  void whenALeaderSignsForHisStateThatStateIsNoSignerBesides() {
    // Kim signed for North Korea; no Russian signer is named, so Russia stays one
    assertThat(Read.relations("fr", "La Russie et la Corée du Nord ont signé un traité. "
        + "L'accord a été ratifié le 11 novembre par un décret signé par Kim Jong Un.", "SIGNED"))
        .containsExactlyInAnyOrder("RUS SIGNED t-prk-rus active", "kim-jong-un SIGNED t-prk-rus active");
    assertThat(Read.relations("fr", "La Russie et la Corée du Nord ont signé un traité.", "SIGNED"))
        .containsExactlyInAnyOrder("PRK SIGNED t-prk-rus active", "RUS SIGNED t-prk-rus active");
  }

  @Test
  void officialsOfADescribedGroupSignForTheStatesListedAfterIt() {
    String first = "The United States signed the Comprehensive Test Ban Treaty on Tuesday. ";
    assertThat(Read.relations("en", first + "The foreign ministers of the four other declared nuclear powers, China, Russia, Britain and France, "
        + "signed it later in the day.", "SIGNED"))
        .contains("CHN SIGNED t-ctbt active", "FRA SIGNED t-ctbt active", "GBR SIGNED t-ctbt active", "RUS SIGNED t-ctbt active");
    // states named in another role within the group's words are no signers
    assertThat(Read.relations("en", first + "The foreign ministers, praised for their work by China and Russia, signed it later in the day.", "SIGNED"))
        .noneMatch(r -> r.startsWith("CHN") || r.startsWith("RUS"));
  }

  @Test
  void aFormerLeaderSigningAsAMinisterIsNoLeaderSigner() {
    // Joe Clark was prime minister in 1979-80; in 1989 he signed as foreign minister
    Extraction x = Read.EXTRACTOR.extract("t", null, "Le Canada et le Costa Rica ont signé le 13 novembre 1989 un accord, "
        + "signé par le secrétaire d'État aux Affaires extérieures, Joe Clark.", Language.FR, java.time.LocalDate.of(1990, 1, 9));
    assertThat(x.relations()).noneMatch(r -> r.type().equals("SIGNED") && r.source().equals("joe-clark"));
    assertThat(x.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("CAN"));
  }

  @Test
  void aRefusalToRatifyIsNoSigning() {
    assertThat(Read.relations("en", "Russia and NATO states signed the Treaty on Conventional Armed Forces in Europe. "
        + "President Vladimir Putin decreed the moratorium in July, citing NATO's refusal to ratify an updated version of the treaty.",
        "SIGNED")).doesNotContain("vladimir-putin SIGNED t-cfe active");
  }

  @Test
  void everyLeaderListedRightAfterTheVerbSigned() {
    assertThat(Read.relations("ru", "Россия и КНДР подписали договор о всеобъемлющем стратегическом партнерстве. "
        + "Документ подписали Владимир Путин и Ким Чен Ын.", "SIGNED"))
        .containsExactlyInAnyOrder("vladimir-putin SIGNED t-prk-rus active", "kim-jong-un SIGNED t-prk-rus active");
  }

  @Test
  void theLeadersWhoseSignaturesADocumentBearsSignedIt() {
    // Read's date is 2024-06-20: Lula and Milei are in office, Bolsonaro no longer
    assertThat(Read.relations("fr", "L'accord porte les signatures du Brésilien Lula, hôte du sommet, et de l'Argentin Javier Milei.", "SIGNED"))
        .containsExactlyInAnyOrder("luiz-inacio-lula-da-silva SIGNED t-arg-bra active", "javier-milei SIGNED t-arg-bra active");
  }

  @Test
  void aSigningVerbSignsTheNearerOfTwoDocuments() {
    assertThat(Read.relations("fr", "Le Premier ministre éthiopien Abiy Ahmed et le président érythréen Isaias Afwerki ont signé "
        + "le 16 septembre un accord de paix. Ce texte consolide la déclaration que les deux dirigeants avaient signée en juillet.", "PARTY_TO"))
        .extracting(r -> r.substring(r.indexOf(" t-"))).containsOnly(" t-eri-eth-2023 active", " t-eri-eth-2023-declaration active");
  }

  @Test
  void whoWitnessedTheSigningNeitherSignedNorIsAParty() {
    assertThat(Read.relations("en", "President Joe Biden witnessed the signing of a peace accord between Armenia and Azerbaijan.", "PARTY_TO"))
        .extracting(r -> r.substring(0, 3)).containsExactlyInAnyOrder("ARM", "AZE");
    assertThat(Read.relations("en", "President Joe Biden witnessed the signing of a peace accord between Armenia and Azerbaijan.", "SIGNED"))
        .noneMatch(r -> r.startsWith("joe-biden"));
  }

  @Test
  void leadersAfterByPastTheVenueAndTheDateSigned() {
    assertThat(Read.relations("fr", "L'accord entre l'Arabie saoudite et le Pakistan a été signé mercredi soir au palais Al-Yamamah, "
        + "à Ryad, par le prince héritier saoudien Mohammed ben Salmane et le Premier ministre pakistanais Shehbaz Sharif.", "SIGNED"))
        .extracting(r -> r.substring(0, r.indexOf(' '))).containsExactlyInAnyOrder("mohammed-bin-salman", "shehbaz-sharif");
  }

  @Test
  void theDatelineAndTheVenueAreNoParties() {
    assertThat(Read.relations("fr", "SANTIAGO, 22 mars (AFP) - Le Pérou et l'Équateur ont signé à Santiago un accord frontalier.", "PARTY_TO"))
        .extracting(r -> r.substring(0, 3)).containsExactlyInAnyOrder("ECU", "PER");
  }

  @Test
  void officialsWhoSignMakeTheirStatesSigners() {
    assertThat(Read.relations("en", "The treaty was signed by the foreign ministers of Armenia and Azerbaijan.", "SIGNED"))
        .extracting(r -> r.substring(0, 3)).containsExactlyInAnyOrder("ARM", "AZE");
    assertThat(Read.relations("ru", "Договор подписали министры иностранных дел Армении и Азербайджана.", "SIGNED"))
        .extracting(r -> r.substring(0, 3)).containsExactlyInAnyOrder("ARM", "AZE");
  }

  @Test
  void officialsNamedByTheirStatesDemonymSignForTheirStates() {
    assertThat(Read.relations("it", "Il segretario di Stato americano Antony Blinken e il ministro degli Esteri polacco "
        + "Radoslaw Sikorski hanno firmato oggi a Varsavia l'accordo tra Stati Uniti e Polonia.", "SIGNED"))
        .extracting(r -> r.substring(0, 3)).containsExactlyInAnyOrder("POL", "USA");
  }

  @Test
  void theTwoLeadersWhoSignAreTheLeadersNamedBefore() {
    assertThat(Read.relations("fr", "Le président américain Joe Biden et le président chinois Xi Jinping se sont rencontrés. "
        + "Ils ont salué la déclaration commune que les deux dirigeants avaient signée en juillet.", "SIGNED"))
        .containsExactlyInAnyOrder("joe-biden SIGNED t-chn-usa active", "xi-jinping SIGNED t-chn-usa active");
  }

  @Test
  void aLeaderWhoSignsTogetherWithOthersSignsToo() {
    assertThat(Read.relations("it", "Il presidente azero Ilham Aliyev e il premier armeno Nikol Pashinyan hanno firmato oggi "
        + "insieme a Joe Biden una dichiarazione congiunta.", "SIGNED"))
        .containsExactlyInAnyOrder("ilham-aliyev SIGNED t-arm-aze-usa-2024 active", "nikol-pashinyan SIGNED t-arm-aze-usa-2024 active",
            "joe-biden SIGNED t-arm-aze-usa-2024 active");
  }

  @Test
  void ministersOfAListOfStatesWhoSignMakeThemSignersNotTheLeaderPresiding() {
    assertThat(Read.relations("es", "Los países del Pacífico firmaron un tratado comercial en Santiago. "
        + "Los ministros de Comercio de Australia, Canadá y Japón estamparon su firma en una ceremonia encabezada por "
        + "el presidente chileno, Gabriel Boric.", "SIGNED"))
        .extracting(r -> r.substring(0, 3)).containsExactlyInAnyOrder("AUS", "CAN", "JPN");
  }

  @Test
  void theLeadersWhoSignAreTheLeadersListedLast() {
    assertThat(Read.relations("ru", "Владимир Путин и Си Цзиньпин провели переговоры в Кремле. "
        + "Затем лидеры подписали совместное заявление.", "SIGNED"))
        .containsExactlyInAnyOrder("vladimir-putin SIGNED t-chn-rus active", "xi-jinping SIGNED t-chn-rus active");
  }

  @Test
  void aRatificationStillToComeSignsNothing() {
    assertThat(Read.relations("it", "Stati Uniti e Polonia hanno firmato un accordo. "
        + "L'accordo, voluto dal presidente Andrzej Duda, dovrà essere ratificato dal parlamento polacco.", "SIGNED"))
        .noneMatch(r -> r.startsWith("andrzej-duda"));
  }

  @Test
  void aLeaderAfterWithSignsBesideTheSubject() {
    assertThat(Read.relations("it", "Giorgia Meloni ha firmato a Kiev con il presidente Volodymyr Zelensky un accordo di sicurezza.", "SIGNED"))
        .containsExactlyInAnyOrder("giorgia-meloni SIGNED t-ita-ukr active", "volodymyr-zelensky SIGNED t-ita-ukr active");
  }

  @Test
  void aLeaderRightAfterTheVerbIsItsSubject() {
    assertThat(Read.relations("de", "Am Abend unterzeichnete Selenskyj in Paris mit Präsident Emmanuel Macron ein ähnliches Abkommen.", "SIGNED"))
        .containsExactlyInAnyOrder("volodymyr-zelensky SIGNED t-fra-ukr active", "emmanuel-macron SIGNED t-fra-ukr active");
  }

  @Test
  void theLeadersNamedAfterTheirSignaturesSignedTheLastTreaty() {
    assertThat(Read.relations("ru", "Россия и Китай подписали сегодня соглашение о границе. "
        + "Свои подписи под документом поставили Владимир Путин и Си Цзиньпин.", "SIGNED"))
        .containsExactlyInAnyOrder("vladimir-putin SIGNED t-chn-rus-2024 active", "xi-jinping SIGNED t-chn-rus-2024 active");
  }

  @Test
  void aLeaderMetBeforeTheSigningDidNotSign() {
    assertThat(Read.relations("es", "Marruecos e Israel han firmado una declaración conjunta. "
        + "El documento fue rubricado tras una audiencia con el rey Mohamed VI.", "SIGNED")).doesNotContain("mohammed-vi SIGNED t-isr-mar active");
  }

  @Test
  void bothAreTheTwoLeadersWhoMetLast() {
    assertThat(Read.relations("en", "Germany and Russia have long traded gas. On Tuesday Vladimir Putin received Azerbaijani "
        + "President Ilham Aliyev in the Kremlin. Both signed a declaration on allied cooperation.", "SIGNED"))
        .containsExactlyInAnyOrder("vladimir-putin SIGNED t-aze-rus active", "ilham-aliyev SIGNED t-aze-rus active");
  }

  @Test
  void theAgentOfARussianPassiveSigned() {
    assertThat(Read.relations("ru", "Россия и Китай заключили договор о добрососедстве. "
        + "Документ был подписан 16 июля в Москве президентом Владимиром Путиным.", "SIGNED"))
        .contains("vladimir-putin SIGNED t-chn-rus active");
  }

  @Test
  void aListClosedByAndKeepsItsStatesPastAnAppositionAndATitleAfterTheVerbKeepsItsLeader() {
    assertThat(Read.relations("it", "Bulgaria, Romania e Turchia, Paesi candidati all'adesione, hanno firmato l'atto finale della conferenza.", "SIGNED"))
        .extracting(r -> r.split(" ")[0]).containsExactlyInAnyOrder("BGR", "ROU", "TUR");
    assertThat(Read.relations("it", "I capi di Stato e di governo dei Paesi dell'Unione europea hanno firmato oggi la Costituzione europea. "
        + "Per l'Italia hanno firmato la presidente del Consiglio Giorgia Meloni e il ministro degli Esteri.", "SIGNED"))
        .contains("giorgia-meloni SIGNED t-eu-constitution active");
  }

  @Test
  void thePresidentsJustNamedSignAFurtherDocument() {
    assertThat(Read.relations("ru", "Президенты России и Казахстана Владимир Путин и Касым-Жомарт Токаев подписали сегодня соглашение о военной базе. "
        + "Президенты подписали также соглашение об урегулировании задолженности.", "SIGNED"))
        .filteredOn(r -> r.startsWith("vladimir-putin")).hasSize(2);
  }

  @Test
  void theStateOnWhoseBehalfOneSignsSignsNotTheLeaderOfARelativeClause() {
    assertThat(Read.relations("fr", "La principauté de Monaco est devenue mardi membre du Conseil de l'Europe. Le prince héréditaire Albert, "
        + "qui représentait son père, le prince Albert II, a signé au nom de la principauté la Convention européenne des droits de l'homme.", "SIGNED"))
        .containsExactly("MCO SIGNED t-echr active");
  }

  @Test
  void leadersOfTheDayATreatyWasSignedSignItThoughOutOfOfficeNow() {
    assertThat(Read.relations("en", "Attention now turns to New START, which expires in February. "
        + "It was signed in Prague in 2010 by Barack Obama and Dmitry Medvedev, then the two countries' presidents.", "SIGNED"))
        .containsExactlyInAnyOrder("barack-obama SIGNED t-rus-usa-2010 active", "dmitry-medvedev SIGNED t-rus-usa-2010 active");
  }

  @Test
  void aLongWordForTheLeadersJustNamedEndsRightBeforeTheirVerb() {
    assertThat(Read.relations("fr", "Le président Emmanuel Macron et son homologue kazakh Kassym-Jomart Tokaïev ont signé lundi une série d'accords. "
        + "Les deux chefs d'Etat ont également paraphé une déclaration conjointe sur l'énergie.", "SIGNED"))
        .extracting(r -> r.split(" ")[0]).containsOnly("emmanuel-macron", "kassym-jomart-tokayev").hasSize(4);
  }

  @Test
  void leadersInAppositionAfterBySignButNotOneNamedInAnotherClause() {
    assertThat(Read.relations("es", "El acuerdo fue rubricado por el presidente argentino, Javier Milei, y su par chileno, Gabriel Boric.", "SIGNED"))
        .containsExactlyInAnyOrder("javier-milei SIGNED t-arg-chl active", "gabriel-boric SIGNED t-arg-chl active");
    assertThat(Read.relations("en", "The pact was signed by Chilean President Gabriel Boric, and Argentina's Javier Milei stayed away.", "SIGNED"))
        .containsExactly("gabriel-boric SIGNED t-arg-chl active");
  }

  @Test
  void twoUnknownPersonsSigningForThePairJustNamedSignForItsStates() {
    String text = "Russia and Estonia settled their border on Wednesday. Foreign ministers Sergei Lavrov and Urmas Paet signed a border treaty in Moscow.";
    assertThat(Read.relations("en", text, "SIGNED")).containsExactlyInAnyOrder("EST SIGNED t-est-rus active", "RUS SIGNED t-est-rus active");
    assertThat(Read.relations("en", text, "PARTY_TO")).containsExactlyInAnyOrder("EST PARTY_TO t-est-rus active", "RUS PARTY_TO t-est-rus active");
    // the agents of a passive are named after "by": no pair is read from them
    assertThat(Read.relations("de", "Griechenland und Nordmazedonien streiten weiter. Das Abkommen war von den Außenministern "
        + "Nikos Kotzias und Nikola Dimitrov unterzeichnet worden.", "SIGNED")).isEmpty();
  }

  @Test
  void leadersListedAfterAColonThatClosesBySignedToo() {
    assertThat(Read.relations("en", "The accord was signed by Chinese President Xi Jinping and by the leaders of two Central Asian states: "
        + "Kassym-Jomart Tokayev (Kazakhstan) and Shavkat Mirziyoyev (Uzbekistan).", "SIGNED"))
        .containsExactlyInAnyOrder("xi-jinping SIGNED t-chn-kaz-uzb active", "kassym-jomart-tokayev SIGNED t-chn-kaz-uzb active",
            "shavkat-mirziyoyev SIGNED t-chn-kaz-uzb active");
  }

  @Test
  void spanishSignersAfterTheDocumentSigned() {
    // the subject of a verb that opens the sentence stands after its object
    assertThat(Read.relations("es", "Venezuela y otros países del Caribe firmaron hoy un acuerdo de cooperación energética. "
        + "Suscribieron el documento Antigua y Barbuda, Bahamas y Venezuela.", "SIGNED"))
        .containsExactlyInAnyOrder("ATG SIGNED t-atg-bhs-ven-2024 active", "BHS SIGNED t-atg-bhs-ven-2024 active", "VEN SIGNED t-atg-bhs-ven-2024 active");
  }

  @Test
  void leadersBehindADashAfterTheirTitlesSign() {
    assertThat(Read.relations("ru", "Договор о сотрудничестве подписали в пятницу в Минске президенты России и Белоруссии — Владимир Путин и Александр Лукашенко.",
        "SIGNED")).containsExactlyInAnyOrder("vladimir-putin SIGNED t-blr-rus-2024 active", "alexander-lukashenko SIGNED t-blr-rus-2024 active");
  }

  @Test
  void signersListedAfterByGoOnThroughLeadersOfTheirStates() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "The treaty on Kyrgyzstan's accession, signed in Moscow last December by "
        + "President Almazbek Atambayev, Vladimir Putin of Russia, Alexander Lukashenko of Belarus, Nursultan Nazarbayev of Kazakhstan "
        + "and Serzh Sargsyan of Armenia, came into force.", Language.EN, java.time.LocalDate.of(2015, 8, 12));
    assertThat(x.relations()).filteredOn(r -> r.type().equals("SIGNED")).extracting(Relation::source)
        .containsExactlyInAnyOrder("almazbek-atambayev", "vladimir-putin", "alexander-lukashenko", "nursultan-nazarbayev", "serzh-sargsyan");
    assertThat(x.relations()).filteredOn(r -> r.type().equals("PARTY_TO")).extracting(Relation::source)
        .containsExactlyInAnyOrder("ARM", "BLR", "KAZ", "KGZ", "RUS");
  }

  @Test
  void aSigningVerbThatOpensTheSentenceHasItsSignersAfterIt() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Los jefes de Gobierno de Barbados y Guyana firmaron hoy el tratado que crea la "
        + "Comunidad del Caribe. Estamparon sus firmas el barbadense Errol Barrow y el guyanés Forbes Burnham.", Language.ES,
        java.time.LocalDate.of(1973, 7, 4));
    assertThat(x.relations()).filteredOn(r -> r.type().equals("SIGNED")).extracting(Relation::source)
        .containsExactlyInAnyOrder("errol-barrow", "forbes-burnham");
  }

  @Test
  void statesSaidToBePartiesToATreatyArePartiesToIt() {
    assertThat(Read.relations("fr", "Le Mexique et l'Equateur sont parties à la convention de Vienne de 1961 sur les relations diplomatiques.",
        "PARTY_TO")).extracting(r -> r.substring(0, 3)).containsExactlyInAnyOrder("ECU", "MEX");
  }

  @Test
  void leadersWhoseFirstOfficeCameYearsAfterTheSigningDidNotSign() {
    assertThat(Read.relations("fr", "Emmanuel Macron et Olaf Scholz ont célébré le traité de l'Élysée que les deux pays ont signé en 1963.", "SIGNED"))
        .containsExactlyInAnyOrder("DEU SIGNED t-deu-fra-1963 active", "FRA SIGNED t-deu-fra-1963 active");
    assertThat(Read.relations("fr", "Emmanuel Macron et Olaf Scholz ont célébré le traité que les deux pays ont signé en 2019.", "SIGNED"))
        .containsExactlyInAnyOrder("emmanuel-macron SIGNED t-deu-fra-2019 active", "olaf-scholz SIGNED t-deu-fra-2019 active");
  }

  @Test
  void bothCountriesRightBeforeTheVerbSignNotOnlyTheStateNamedLast() {
    assertThat(Read.relations("es", "Francia está obligada a defender a Yibuti en virtud del tratado que ambos países firmaron en 2011.", "SIGNED"))
        .containsExactlyInAnyOrder("DJI SIGNED t-dji-fra-2011 active", "FRA SIGNED t-dji-fra-2011 active");
  }

  @Test
  void theTwoCountriesASentenceNamedAreThoseAGroupWordLaterMeans() {
    assertThat(Read.relations("es", "Los beliceños aprobaron en referendo el reclamo territorial de Guatemala, con lo que los dos países completan el camino. "
        + "Ambas consultas estaban previstas en el Acuerdo Especial que los cancilleres de los dos países firmaron el 8 de diciembre de 2008.", "SIGNED"))
        .containsExactlyInAnyOrder("BLZ SIGNED t-blz-gtm-2008 active", "GTM SIGNED t-blz-gtm-2008 active");
  }

  @Test
  void theThreeHeadsOfStateAfterByAreTheLastListOfLeadersCommasIncluded() {
    assertThat(Read.relations("it", "Vladimir Putin, Alexander Lukashenko e Kassym-Jomart Tokayev si sono incontrati. La Carta, firmata dai tre capi di Stato, "
        + "unisce Russia, Bielorussia e Kazakistan.", "SIGNED")).containsExactlyInAnyOrder("vladimir-putin SIGNED t-blr-kaz-rus active",
        "alexander-lukashenko SIGNED t-blr-kaz-rus active", "kassym-jomart-tokayev SIGNED t-blr-kaz-rus active");
  }

  @Test
  void leadersAlongsideTheSignerPastTheObjectAndAPlaceSignToo() {
    assertThat(Read.relations("en", "President Recep Tayyip Erdogan signed the summit declaration in the Ciragan palace alongside Russia's Vladimir Putin, "
        + "Ukraine's Volodymyr Zelensky and the presidents of Albania and Bulgaria.", "SIGNED")).contains("vladimir-putin SIGNED t-alb-bgr-rus-tur-ukr active",
        "volodymyr-zelensky SIGNED t-alb-bgr-rus-tur-ukr active", "recep-tayyip-erdogan SIGNED t-alb-bgr-rus-tur-ukr active");
  }

  @Test
  void aRussianPassiveSignedByTitledStatesAndTheirLeadersGivesBoth() {
    assertThat(Read.relations("ru", "Евразийский союз подписал соглашение с Вьетнамом. Договор о ЕАЭС был подписан год назад в Астане президентами "
        + "России, Белоруссии и Казахстана Владимиром Путиным, Александром Лукашенко и Касым-Жомартом Токаевым.", "SIGNED"))
        .contains("vladimir-putin SIGNED t-blr-kaz-rus active", "alexander-lukashenko SIGNED t-blr-kaz-rus active");
  }

  @Test
  void anAbbreviationBeforeTheOfficeNamesTheOfficialsState() {
    assertThat(Read.relations("en", "U.S. Secretary of State Condoleezza Rice and her Bulgarian counterpart Ivailo Kalfin signed "
        + "a defence cooperation agreement in Sofia on Friday.", "SIGNED")).extracting(r -> r.split(" ")[0]).containsExactlyInAnyOrder("BGR", "USA");
    assertThat(Read.relations("de", "US-Außenministerin Condoleezza Rice und ihr bulgarischer Kollege Iwailo Kalfin unterzeichneten "
        + "am Freitag in Sofia ein Abkommen über Verteidigungszusammenarbeit.", "SIGNED")).extracting(r -> r.split(" ")[0]).containsExactlyInAnyOrder("BGR", "USA");
  }

  @Test
  void officialsListedBesideASigningLeaderSignForTheirStates() {
    assertThat(Read.relations("en", "In the Belvedere Palace, the foreign ministers of the Soviet Union, the United States, Britain and France "
        + "and Austrian Foreign Minister Leopold Figl signed the State Treaty restoring an independent Austria.", "SIGNED"))
        .extracting(r -> r.split(" ")[0]).contains("FRA", "GBR", "RUS", "USA").doesNotContain("AUT");
  }

  @Test
  void signatoriesOpeningAClauseAreTheStatesOfThePeopleItLists() {
    String first = "Bangkok (dpa) - Indonesien, Malaysia, die Philippinen, Singapur und Thailand haben am Dienstag die ASEAN gegründet. "
        + "Die Außenminister der fünf Staaten unterzeichneten eine gemeinsame Erklärung. ";
    // "der fünf Staaten": the group word in the genitive refers to the five listed before
    assertThat(Read.relations("de", first, "SIGNED"))
        .containsExactlyInAnyOrder("IDN SIGNED t-idn-mys-phl-sgp-tha active", "MYS SIGNED t-idn-mys-phl-sgp-tha active",
            "PHL SIGNED t-idn-mys-phl-sgp-tha active", "SGP SIGNED t-idn-mys-phl-sgp-tha active", "THA SIGNED t-idn-mys-phl-sgp-tha active");
    assertThat(Read.relations("en", "Canada and Mexico signed a treaty on Monday in Ottawa. The signatories were Canada's foreign minister, "
        + "the Mexican foreign minister and the ambassador of Chile.", "SIGNED"))
        .containsExactlyInAnyOrder("CAN SIGNED t-can-mex-2024 active", "MEX SIGNED t-can-mex-2024 active", "CHL SIGNED t-can-mex-2024 active");
    // the signatories acting on a state named further on do not make it one
    assertThat(Read.relations("es", "Barbados, Guyana, Jamaica y Trinidad y Tobago firmaron el tratado de Chaguaramas. Los cuatro firmantes "
        + "establecieron en diciembre, de forma conjunta, relaciones diplomáticas con Cuba.", "SIGNED"))
        .noneMatch(r -> r.startsWith("CUB"));
  }

  @Test
  void leadersAfterARepeatedBySignToo() {
    assertThat(Read.relations("fr", "Le Mali, le Burkina Faso et le Niger ont signé samedi à Niamey un traité instituant une confédération. "
        + "Le texte a été signé par le général Abdourahamane Tiani, hôte du sommet, par le colonel Assimi Goïta et par le capitaine "
        + "Ibrahim Traoré.", "SIGNED"))
        .containsExactlyInAnyOrder("abdourahamane-tiani SIGNED t-bfa-mli-ner-2024 active", "assimi-goita SIGNED t-bfa-mli-ner-2024 active",
            "ibrahim-traore SIGNED t-bfa-mli-ner-2024 active");
  }

  @Test
  void germanSubjectsAfterTheVerbSign() {
    String first = "Österreich, die Sowjetunion, die Vereinigten Staaten, Großbritannien und Frankreich schließen einen Staatsvertrag. ";
    assertThat(Read.relations("de", first + "Im Marmorsaal unterzeichneten am Sonntag die Außenminister der Sowjetunion, der Vereinigten Staaten, "
        + "Großbritanniens und Frankreichs den Vertrag.", "SIGNED"))
        .extracting(r -> r.split(" ")[0]).contains("FRA", "GBR", "RUS", "USA");
    // past a comma the names are another phrase's, not the verb's subjects
    assertThat(Read.relations("de", "Aserbaidschan und die Türkei gründen einen Rat. Das Abkommen wurde am Samstag in Nachitschewan "
        + "unterzeichnet, der an Iran und Armenien grenzenden Exklave.", "SIGNED"))
        .noneMatch(r -> r.startsWith("IRN") || r.startsWith("ARM"));
  }

  @Test
  void partiesToATreatyDescribedAsSignedAreNoSigners() {
    assertThat(Read.relations("fr", "L'Arménie et la Russie sont également parties au traité de sécurité collective signé en mai 1992 "
        + "à Tachkent.", "SIGNED")).isEmpty();
    assertThat(Read.relations("fr", "L'Arménie et la Russie sont également parties au traité de sécurité collective signé en mai 1992 "
        + "à Tachkent.", "PARTY_TO")).hasSize(2);
  }

  @Test
  void leadersListedAfterAVerbNoActorPrecedesSignForTheirStates() {
    String first = "Indonesien und die Philippinen haben am Dienstag auf Bali einen Vertrag über Freundschaft und Zusammenarbeit in Südostasien unterzeichnet. ";
    Extraction x = Read.EXTRACTOR.extract("t", null, first + "Die Unterschriften setzten der indonesische Präsident Suharto als Gastgeber, "
        + "Singapurs Premierminister Lee Kuan Yew und der thailändische Ministerpräsident Kukrit Pramoj unter das Dokument.",
        Language.DE, java.time.LocalDate.of(1976, 2, 25));
    assertThat(x.relations()).filteredOn(r -> r.type().equals("SIGNED")).extracting(Relation::source)
        .contains("suharto", "lee-kuan-yew", "kukrit-pramoj");
    assertThat(x.relations()).filteredOn(r -> r.type().equals("PARTY_TO")).extracting(Relation::source).contains("SGP", "THA");
    // a noun with no verb of its own is the object of whoever comes after it
    Extraction y = Read.EXTRACTOR.extract("t", null, first + "Die Unterzeichnung begrüßte der singapurische Premierminister Lee Kuan Yew.",
        Language.DE, java.time.LocalDate.of(1976, 2, 25));
    assertThat(y.relations()).noneMatch(r -> r.source().equals("lee-kuan-yew") && !r.type().equals("LEADS"));
  }

  @Test
  void aLawSignedAfterItsObjectIsNoTreatySigned() {
    assertThat(Read.relations("ru", "Россия вышла из Договора об обычных вооружённых силах в Европе. "
        + "Закон о денонсации подписал в мае президент Владимир Путин.", "SIGNED")).isEmpty();
  }

  @Test
  void aMinisterBesideASigningLeaderSignsForHisState() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Shigeru Yoshida e il segretario di Stato americano Dean Acheson hanno firmato "
        + "il trattato di sicurezza fra il Giappone e gli Stati Uniti.", Language.IT, java.time.LocalDate.of(1951, 9, 9));
    assertThat(x.relations()).filteredOn(r -> r.type().equals("SIGNED")).extracting(Relation::source)
        .containsExactlyInAnyOrder("shigeru-yoshida", "USA");
    // an unnamed head of state is no minister: "le président ukrainien" leaves the signing to whoever the text names
    assertThat(Read.relations("fr", "Le chancelier Olaf Scholz et le président ukrainien ont signé un accord de sécurité entre l'Allemagne et l'Ukraine.",
        "SIGNED")).doesNotContain("UKR SIGNED t-deu-ukr active");
  }

  @Test
  void aGermanParticipleBetweenArticleAndTreatyDescribesTheTreaty() {
    assertThat(Read.relations("de", "Polen und Litauen sind Vertragsparteien des 1997 in Ottawa unterzeichneten Abkommens.", "SIGNED")).isEmpty();
    assertThat(Read.relations("de", "Polen und Litauen unterzeichneten gestern in Vilnius ein Abkommen.", "SIGNED"))
        .containsExactlyInAnyOrder("LTU SIGNED t-ltu-pol-2024 active", "POL SIGNED t-ltu-pol-2024 active");
  }

  @Test
  void romanceLeadersListedAfterTheVerbSignedTheTreatyReadBefore() {
    // Read's date is 2024-06-20: Meloni, Macron and Sánchez are in office
    assertThat(Read.relations("it", "Il trattato è stato firmato ieri a Roma. Per i Paesi dell'Unione hanno firmato, tra gli altri, "
        + "la presidente del Consiglio Giorgia Meloni, il presidente francese Emmanuel Macron e il premier spagnolo Pedro Sánchez.", "SIGNED"))
        .contains("giorgia-meloni SIGNED t-esp-fra-ita-2024 active", "emmanuel-macron SIGNED t-esp-fra-ita-2024 active",
            "pedro-sanchez SIGNED t-esp-fra-ita-2024 active");
    // after an article the word is the signing, an event: who speaks after it did not sign
    assertThat(Read.relations("it", "Il trattato è stato firmato ieri a Roma. Dopo la firma il presidente francese Emmanuel Macron ha parlato.", "SIGNED"))
        .isEmpty();
  }

  @Test
  void aLeaderInWhosePresenceATreatyIsSignedDidNotSignIt() {
    assertThat(Read.relations("fr", "Le Premier ministre éthiopien Abiy Ahmed et le président érythréen Isaias Afwerki ont signé lundi un accord de paix. "
        + "Le document a été signé au palais présidentiel en présence du président kényan William Ruto.", "SIGNED"))
        .noneMatch(r -> r.startsWith("william-ruto") || r.startsWith("KEN"));
  }
}
