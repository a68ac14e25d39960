package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TreatyRuleTest {

  @Test
  void talksOnAPactAreNoPactYet() {
    assertThat(Read.relations("fr", "Les négociations sur un pacte de défense entre l'Arabie saoudite et les États-Unis sont au point mort.", "PARTY_TO")).isEmpty();
    assertThat(Read.relations("de", "Die Verhandlungen über ein Abkommen zwischen Serbien und dem Kosovo stocken.", "PARTY_TO")).isEmpty();
  }

  @Test
  void aPronounOrAWordForTheDocumentDatesTheLastTreatysRatificationAndEntryIntoForce() {
    Extraction x = Read.extraction("en", "Kenya and Tanzania signed a border agreement on March 3, 2024. "
        + "The deal was ratified by the Kenyan parliament on April 12, 2024. It entered into force on May 1, 2024.");
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).singleElement().satisfies(t -> {
      assertThat(t.signed()).isEqualTo("2024-03-03");
      assertThat(t.ratified()).isEqualTo("2024-04-12");
      assertThat(t.inForce()).isEqualTo("2024-05-01");
    });
  }

  @Test
  void aStateAfterWithPastACommaIsNoParty() {
    assertThat(Read.relations("en", "The United States and Georgia signed a charter on strategic partnership on Friday, "
        + "pledging closer cooperation five months after Georgia's war with Russia.", "PARTY_TO"))
        .extracting(r -> r.split(" ")[0]).containsExactlyInAnyOrder("GEO", "USA");
  }

  @Test
  void dealsCountedInFiguresAreNoTreaty() {
    assertThat(Read.relations("en", "China and the Philippines signed 13 agreements on trade, investment and tourism.", "PARTY_TO")).isEmpty();
    assertThat(Read.relations("fr", "La France et le Royaume-Uni ont signé mardi deux traités de défense.", "PARTY_TO")).isNotEmpty();
    assertThat(Read.relations("ru", "Представители Китая и Грузии подписали 2011-07-18 договор о культурном сотрудничестве.", "PARTY_TO")).isNotEmpty();
  }

  @Test
  void aTreatyReportedOverSeveralSentencesIsOneTreaty() {
    Extraction x = Read.extraction("en", "Russia and North Korea signed a treaty on 19 June 2024. "
        + "The agreement was ratified by Moscow in November. It entered into force on 4 December 2024.");
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).singleElement().satisfies(t -> {
      assertThat(t.parties()).containsExactly("PRK", "RUS");
      assertThat(t.signed()).isEqualTo("2024-06-19");
    });
    assertThat(x.relations()).filteredOn(r -> r.type().equals("PARTY_TO")).extracting(Relation::source)
        .containsExactlyInAnyOrder("PRK", "RUS");
  }

  @Test
  void aTreatyWordBeforeANamedTreatyIsTheTreatyReadBefore() {
    Extraction x = Read.extraction("fr", "Paris et Berlin ont signé mardi un traité de coopération franco-allemand. "
        + "Le traité, signé par Emmanuel Macron et Angela Merkel, complète le traité de l'Elysée de 1963.");
    assertThat(x.relations()).filteredOn(r -> r.type().equals("SIGNED") && r.source().contains("-"))
        .extracting(Relation::target).containsOnly("t-deu-fra-2024").hasSize(2);
    // the year names the older treaty: it dates no signing of the new one, signed "mardi"
    assertThat(x.entities()).filteredOn(e -> e.id().equals("t-deu-fra-2024")).singleElement()
        .satisfies(t -> assertThat(t.signed()).isEqualTo("2024-06-18"));
  }

  @Test
  void theSamePartiesAlsoSigningADocumentSignAnotherOne() {
    Extraction x = Read.extraction("ru", "Россия и Китай подписали в четверг соглашение о границе. "
        + "В ходе визита Россия и Китай подписали также протокол о торговле.");
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).hasSize(2);
    Extraction y = Read.extraction("en", "Russia and China signed a border agreement on Thursday. France also signed the agreement.");
    assertThat(y.entities()).filteredOn(e -> e.kind().equals("Treaty")).hasSize(1);
  }

  @Test
  void aStatesOwnRatificationMakesItAPartyToTheTreatyReadLast() {
    assertThat(Read.relations("en", "Czech President Vaclav Klaus signed the Lisbon Treaty on Tuesday. "
        + "Poland completed its ratification on Oct. 10.", "PARTY_TO"))
        .contains("POL PARTY_TO t-lisbon-treaty active");
    assertThat(Read.relations("en", "Poland completed its ratification on Oct. 10.", "PARTY_TO")).isEmpty();
    assertThat(Read.relations("en", "Czech President Vaclav Klaus signed the Lisbon Treaty on Tuesday. "
        + "Germany, the EU's most populous member, ratified in September.", "PARTY_TO"))
        .contains("DEU PARTY_TO t-lisbon-treaty active");
    assertThat(Read.relations("en", "Czech President Vaclav Klaus signed the Lisbon Treaty on Tuesday. "
        + "Germany ratified the budget in September.", "PARTY_TO"))
        .doesNotContain("DEU PARTY_TO t-lisbon-treaty active");
  }

  @Test
  void leadersAfterByMakeTheTreatyOfTheirStates() {
    assertThat(Read.relations("en", "The pact, signed by Presidents Vladimir Putin and Alexander Lukashenko in Minsk, takes effect next month.", "PARTY_TO"))
        .extracting(r -> r.substring(0, 3)).containsExactlyInAnyOrder("RUS", "BLR");
  }

  @Test
  void signersAddedWithAsWellAsBySignToo() {
    assertThat(Read.relations("en", "The accord was signed on Tuesday by Saudi Arabia, Bahrain and Qatar, as well as by Egypt.", "SIGNED"))
        .extracting(r -> r.substring(0, 3)).containsExactlyInAnyOrder("SAU", "BHR", "QAT", "EGY");
  }

  @Test
  void aNamedTreatyBindsThePartiesItHasThatTheArticleNames() {
    assertThat(Read.relations("en", "Russia suspended its participation in New START, its last arms control treaty with the United States.", "PARTY_TO"))
        .containsExactlyInAnyOrder("RUS PARTY_TO t-rus-usa-2010 active", "USA PARTY_TO t-rus-usa-2010 active");
  }

  @Test
  void leavingANamedOpenTreatyEndsThatPartyOnly() {
    assertThat(Read.relations("en", "Burundi left the Rome Statute in 2017, while South Africa and Gambia remained parties to the Statute.", "PARTY_TO"))
        .containsExactlyInAnyOrder("BDI PARTY_TO t-rome-statute ended", "GMB PARTY_TO t-rome-statute active", "ZAF PARTY_TO t-rome-statute active");
  }

  @Test
  void aTreatyReadWithoutItsNameIsTheNamedOneOfTheSameParties() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Friedrich Merz and Keir Starmer signed a friendship treaty in London on Thursday. "
        + "The Kensington Treaty commits Germany and Britain to assist each other if either is attacked.", Language.EN, java.time.LocalDate.of(2025, 7, 18));
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).extracting(Entity::id).containsExactly("t-deu-gbr-2025");
    assertThat(x.relations()).filteredOn(r -> r.type().equals("SIGNED")).extracting(Relation::source)
        .containsExactlyInAnyOrder("friedrich-merz", "keir-starmer");
  }

  @Test
  void statesInATreatysNameAreNamedByTheArticle() {
    assertThat(Read.entityIds("de", "Die USA sind 2018 aus dem Atomabkommen mit dem Iran ausgestiegen.")).contains("IRN", "USA");
    assertThat(Read.relations("de", "Die USA sind 2018 aus dem Atomabkommen mit dem Iran ausgestiegen.", "PARTY_TO"))
        .contains("USA PARTY_TO t-chn-deu-fra-gbr-irn-rus-usa-2015 ended");
  }

  @Test
  void aSigningReportedWithoutAYearIsNotATreatySignedYearsBefore() {
    Extraction x = Read.extraction("es", "Irán y China firmaron este sábado un acuerdo de cooperación estratégica. "
        + "Washington abandonó en 2018 el acuerdo nuclear de 2015.");
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).extracting(Entity::id)
        .contains("t-chn-irn-2024").anyMatch(id -> id.endsWith("-2015"));   // "este sábado": the week of the article
  }

  @Test
  void theBuildingWhereATreatyIsSignedIsNoParty() {
    assertThat(Read.relations("en", "At the White House, Armenia and Azerbaijan signed a peace declaration.", "PARTY_TO"))
        .containsExactlyInAnyOrder("ARM PARTY_TO t-arm-aze active", "AZE PARTY_TO t-arm-aze active");
  }

  @Test
  void aSignatureWithdrawnIsAnEndedSignatureAndNoParty() {
    assertThat(Read.relations("ru", "Россия, отозвавшая в 2016 году свою подпись под Римским статутом, юрисдикцию суда не признаёт."))
        .containsExactly("RUS SIGNED t-rome-statute ended");
    assertThat(Read.relations("en", "Russia, which withdrew its signature from the Rome Statute in 2016, does not recognise the court."))
        .containsExactly("RUS SIGNED t-rome-statute ended");
  }

  @Test
  void aDeclarationSignedAfterATreatyBetweenTheSamePartiesIsASecondDocument() {
    Extraction x = Read.extraction("it", "Stati Uniti e Polonia hanno firmato oggi un accordo sullo scudo antimissile. "
        + "Insieme all'intesa, le due capitali hanno sottoscritto una dichiarazione di cooperazione strategica.");
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).extracting(Entity::id)
        .containsExactlyInAnyOrder("t-pol-usa-2024", "t-pol-usa-2024-declaration");
    assertThat(Read.extraction("ru", "Путин и Моди подписали Декларацию о стратегическом партнерстве.").entities())
        .filteredOn(e -> e.kind().equals("Treaty")).hasSize(1);
  }


  @Test
  void aTreatyThatGroupsStatesHasThemAsParties() {
    assertThat(Read.relations("en", "Fifteen countries signed the trade pact on Sunday. The pact groups Brunei, Cambodia, China and Japan.", "PARTY_TO"))
        .extracting(r -> r.substring(0, 3)).containsExactlyInAnyOrder("BRN", "KHM", "CHN", "JPN");
  }

  @Test
  void leadersListedAfterTheSigningVerbMakeTheirStatesPartiesOfAnOpenTreaty() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Руководители шести государств подписали сегодня в Ташкенте Договор о коллективной безопасности. "
        + "Документ скрепили подписями президенты Армении Левон Тер-Петросян, Казахстана Нурсултан Назарбаев и России Борис Ельцин.",
        Language.RU, java.time.LocalDate.parse("1992-05-15"));
    assertThat(x.relations()).filteredOn(r -> r.type().equals("PARTY_TO")).extracting(Relation::source)
        .containsExactlyInAnyOrder("ARM", "KAZ", "RUS");
    assertThat(x.relations()).filteredOn(r -> r.type().equals("SIGNED")).extracting(Relation::source)
        .containsExactlyInAnyOrder("levon-ter-petrosyan", "nursultan-nazarbayev", "boris-yeltsin");
  }

  @Test
  void aSigningDeniedAfterItsObjectMakesNoParties() {
    assertThat(Read.relations("ru", "Белоруссия, Молдавия, Туркмения и Азербайджан договор пока не подписали.", "PARTY_TO")).isEmpty();
    assertThat(Read.relations("de", "Polen und Ungarn haben den Vertrag noch nicht unterzeichnet.", "PARTY_TO")).isEmpty();
  }

  @Test
  void anInvitationToSignIsNoSigningAndNoTreaty() {
    for (String[] t : List.of(
        new String[] {"en", "Trump invited Presidents Felix Tshisekedi and Paul Kagame to sign an economic integration agreement in Washington in the coming weeks."},
        new String[] {"fr", "Il a invité les présidents Félix Tshisekedi et Paul Kagame à venir signer à Washington dans les prochaines semaines un accord d'intégration économique régionale."},
        new String[] {"es", "Trump invitó a los presidentes Félix Tshisekedi y Paul Kagame a firmar en Washington un acuerdo de integración económica."},
        new String[] {"it", "Trump ha invitato i presidenti Félix Tshisekedi e Paul Kagame a firmare a Washington un accordo di integrazione economica."},
        new String[] {"de", "Trump lud die Präsidenten Félix Tshisekedi und Paul Kagame ein, in Washington ein Abkommen zur wirtschaftlichen Integration zu unterzeichnen."},
        new String[] {"ru", "Трамп пригласил президентов Феликса Чисекеди и Поля Кагаме подписать в Вашингтоне соглашение об экономической интеграции."})) {
      assertThat(Read.relations(t[0], t[1], "SIGNED")).as(t[1]).isEmpty();
      assertThat(Read.relations(t[0], t[1], "PARTY_TO")).as(t[1]).isEmpty();
    }
    assertThat(Read.relations("es", "Colombia y Ecuador firmaron en Quito un acuerdo de integración económica.", "SIGNED")).hasSize(2);
  }

  @Test
  void anOlderDocumentSignedByMoreStatesIsAnotherTreaty() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Los presidentes de Perú, Alberto Fujimori, y de Ecuador, Jamil Mahuad, firmaron hoy en Brasilia "
        + "el Acta Presidencial que pone fin a la disputa fronteriza. Argentina, Brasil, Chile y Estados Unidos son garantes del "
        + "Protocolo de Río de Janeiro, que firmaron el 29 de enero de 1942 junto con Ecuador y Perú.", Language.ES, java.time.LocalDate.of(1998, 10, 26));
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).anySatisfy(t -> {
      assertThat(t.parties()).containsExactlyInAnyOrder("ECU", "PER");
      assertThat(t.signed()).isEqualTo("1998-10-26");
    });
    assertThat(x.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("alberto-fujimori"));
  }

  @Test
  void statesThatJoinTheTreatyJoinTheOneReadLast() {
    assertThat(Read.relations("en", "Ukraine formally joined the Nuclear Non-Proliferation Treaty on Monday. "
        + "Belarus and Kazakhstan have already acceded to the treaty.", "PARTY_TO"))
        .containsExactlyInAnyOrder("UKR PARTY_TO t-npt active", "BLR PARTY_TO t-npt active", "KAZ PARTY_TO t-npt active");
    assertThat(Read.relations("fr", "L'Ukraine a adhéré lundi au Traité de non-prolifération nucléaire. "
        + "La Biélorussie et le Kazakhstan ont déjà adhéré au traité.", "PARTY_TO")).hasSize(3);
    assertThat(Read.relations("en", "Ukraine formally joined the Nuclear Non-Proliferation Treaty on Monday. "
        + "Belarus has applied to join the treaty.", "PARTY_TO")).containsExactly("UKR PARTY_TO t-npt active");
  }

  @Test
  void thePartiesOfATreatySignedUnnamedAreListedLater() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Главы правительств восьми государств СНГ подписали во вторник договор о зоне свободной торговли. "
        + "Участниками договора стали Россия, Украина, Белоруссия и Казахстан.", Language.RU, java.time.LocalDate.parse("2011-10-18"));
    assertThat(x.relations()).filteredOn(r -> r.type().equals("PARTY_TO")).extracting(Relation::source)
        .containsExactlyInAnyOrder("RUS", "UKR", "BLR", "KAZ");
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).singleElement()
        .satisfies(t -> assertThat(t.signed()).isEqualTo("2011-10-18"));
  }

  @Test
  void aTreatyBetweenTheSamePartiesSignedInAnotherYearIsAnotherTreaty() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Gentiloni e al-Sarraj hanno firmato oggi a Palazzo Chigi il memorandum Italia-Libia. "
        + "Il testo si richiama al Trattato di amicizia, partenariato e cooperazione tra Italia e Libia, che Silvio Berlusconi "
        + "e Muammar Gheddafi avevano firmato a Bengasi il 30 agosto 2008.", Language.IT, java.time.LocalDate.parse("2017-02-02"));
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).extracting(Entity::signed)
        .containsExactlyInAnyOrder("2017-02-02", "2008-08-30");
    assertThat(x.relations()).filteredOn(r -> r.type().equals("SIGNED") && r.source().equals("silvio-berlusconi"))
        .extracting(Relation::target).containsExactly("t-ita-lby-2008");
  }

  @Test
  void aRelativeClauseSignsTheTreatyWhateverTheMainClauseDenies() {
    assertThat(Read.relations("es", "Cartes sostiene que la incorporación de Venezuela no se ajustó al Tratado de Asunción, "
        + "que Paraguay firmó en 1991 con Argentina, Brasil y Uruguay.", "PARTY_TO"))
        .containsExactlyInAnyOrder("ARG PARTY_TO t-arg-bra-pry-ury-1991 active", "BRA PARTY_TO t-arg-bra-pry-ury-1991 active",
            "PRY PARTY_TO t-arg-bra-pry-ury-1991 active", "URY PARTY_TO t-arg-bra-pry-ury-1991 active");
    // a signing named as a noun and not yet dated is none
    assertThat(Read.relations("fr", "Téhéran et Moscou préparent un traité de partenariat dont la signature n'a toujours pas de date.",
        "PARTY_TO")).isEmpty();
  }

  @Test
  void eachTreatyOfASentenceTakesItsPartiesFromItsOwnClause() {
    assertThat(Read.relations("it", "Hanno firmato l'accordo sulla delimitazione delle zone marittime tra Italia e Grecia, "
        + "in risposta al memorandum concluso dalla Turchia con il governo libico nel novembre 2019.", "PARTY_TO"))
        .containsExactlyInAnyOrder("GRC PARTY_TO t-grc-ita-2019 active", "ITA PARTY_TO t-grc-ita-2019 active",
            "LBY PARTY_TO t-lby-tur-2019 active", "TUR PARTY_TO t-lby-tur-2019 active");
  }

  @Test
  void theCounterpartsNamedAfterWithSignToo() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Evo Morales firmó con sus homólogos de Cuba, Fidel Castro, y de Venezuela, "
        + "Hugo Chávez, un Tratado de Comercio de los Pueblos.", Language.ES, java.time.LocalDate.of(2006, 4, 29));
    assertThat(x.relations()).filteredOn(r -> r.type().equals("SIGNED")).extracting(Relation::source)
        .containsExactlyInAnyOrder("evo-morales", "fidel-castro", "hugo-chavez");
  }

  @Test
  void russianAgentsAfterTheParticipleAreParties() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Президенты России и Украины подписали сегодня соглашение. "
        + "Согласно документу, действие базовых соглашений по флоту, заключённых Россией и Украиной в 1997 году, продлевается.",
        Language.RU, java.time.LocalDate.of(2010, 4, 21));
    assertThat(x.relations()).extracting(Relation::key).contains("RUS|PARTY_TO|t-rus-ukr-1997", "UKR|PARTY_TO|t-rus-ukr-1997");
  }

  @Test
  void endingTheTreatyEndsItsPartiesButAnAgreementEndingAWarDoesNot() {
    assertThat(Read.relations("fr", "Le Tchad a annoncé mettre fin à l'accord de défense qui le lie à la France.", "PARTY_TO"))
        .allMatch(r -> r.endsWith("ended")).hasSize(2);
    assertThat(Read.relations("fr", "L'Éthiopie et l'Érythrée ont signé un accord mettant fin à la guerre.", "PARTY_TO"))
        .allMatch(r -> r.endsWith("active")).hasSize(2);
  }

  @Test
  void theDatelinePlaceIsAPartyWhenItsLeaderSigns() {
    assertThat(Read.relations("it", "ROMA (ANSA) - La presidente del Consiglio Giorgia Meloni e il presidente Emmanuel Macron "
        + "hanno firmato un trattato di cooperazione.", "PARTY_TO")).extracting(r -> r.split(" ")[0]).containsExactlyInAnyOrder("FRA", "ITA");
    assertThat(Read.relations("es", "WASHINGTON (EFE) - El Gobierno del presidente Joe Biden concedió una licencia a Chevron, horas después de que "
        + "el Ejecutivo de Nicolás Maduro y la oposición firmaran en Ciudad de México un acuerdo.", "PARTY_TO")).noneMatch(r -> r.startsWith("USA "));
  }

  @Test
  void theVerbRightAfterANamedTreatySignsThatOne() {
    Extraction x = Read.extraction("en", "Chancellor Olaf Scholz and President Emmanuel Macron signed a new friendship treaty on Tuesday. "
        + "The new treaty builds on the 1963 Elysee Treaty signed by Charles de Gaulle and Konrad Adenauer.");
    assertThat(x.relations()).filteredOn(r -> r.source().equals("charles-de-gaulle"))
        .extracting(Relation::target).containsExactly("t-deu-fra-1963");
  }

  @Test
  void aMediatorAndAStateOfAnotherClauseAreNoParties() {
    assertThat(Read.relations("ru", "В ноябре при посредничестве Швейцарии было подписано российско-грузинское соглашение о мониторинге торговли.", "PARTY_TO"))
        .extracting(r -> r.split(" ")[0]).containsExactlyInAnyOrder("GEO", "RUS");
    assertThat(Read.relations("es", "Bolivia firmó su protocolo de adhesión en 2015, pero su incorporación plena se concretó "
        + "tras la ratificación del Congreso brasileño.", "PARTY_TO")).noneMatch(r -> r.startsWith("BRA "));
  }

  @Test
  void theStatesWhoseRepresentativesSignTheTextJustNamedAreItsParties() {
    assertThat(Read.relations("fr", "Les ministres ont signé vendredi le traité de Maastricht. Le texte a été signé dans la salle des Etats "
        + "par les représentants de la Belgique, du Danemark et de l'Allemagne.", "PARTY_TO"))
        .containsExactlyInAnyOrder("BEL PARTY_TO t-maastricht-treaty active", "DNK PARTY_TO t-maastricht-treaty active",
            "DEU PARTY_TO t-maastricht-treaty active");
  }

  @Test
  void aProtocolSignedByStatesAfterAPlaceAndADateHasThemAsPartiesNotTheLeaderOfAnEarlierVerb() {
    Extraction x = Read.extraction("en", "START I, which Biden signed in Moscow on July 31, 2021, was turned into a five-nation pact "
        + "by a protocol signed in Lisbon last May by the United States, Russia, Ukraine, Belarus and Kazakhstan.");
    assertThat(x.relations()).filteredOn(r -> r.type().equals("PARTY_TO")).extracting(Relation::source)
        .contains("BLR", "KAZ", "RUS", "UKR", "USA");
    String protocol = x.entities().stream().filter(e -> e.kind().equals("Treaty") && e.parties().size() == 5).findFirst().orElseThrow().id();
    assertThat(x.relations()).noneMatch(r -> r.source().equals("joe-biden") && r.target().equals(protocol));
  }

  @Test
  void aRoadmapSignedByAMinisterAndHisCounterpartBindsThePairJustNamed() {
    assertThat(Read.relations("de", "Deutschland und Litauen haben die Grundlagen festgelegt. Verteidigungsminister Boris Pistorius und sein "
        + "litauischer Kollege unterzeichneten am Montag in Vilnius einen Fahrplan.", "SIGNED"))
        .extracting(r -> r.split(" ")[0]).containsExactlyInAnyOrder("DEU", "LTU");
  }

  @Test
  void statesBoundByANamedTreatyArePartiesNotSigners() {
    Extraction x = Read.extraction("de", "Deutschland und Litauen haben die Grundlagen festgelegt. "
        + "Die beiden Nato-Staaten sind über die Beistandsklausel in Artikel 5 des Nordatlantikvertrags aneinander gebunden.");
    assertThat(x.relations()).filteredOn(r -> r.type().equals("PARTY_TO")).extracting(Relation::source).containsExactlyInAnyOrder("DEU", "LTU");
    assertThat(x.relations()).noneMatch(r -> r.type().equals("SIGNED"));
  }

  @Test
  void aStateThatRatifiedTheTreatyIsAPartyToTheOneReadLast() {
    assertThat(Read.relations("de", "Die Chemiewaffenkonvention ist am Dienstag in Kraft getreten. "
        + "Deutschland hatte den Vertrag bereits 1994 ratifiziert.", "PARTY_TO")).containsExactly("DEU PARTY_TO t-cwc active");
    assertThat(Read.relations("de", "Die Chemiewaffenkonvention ist am Dienstag in Kraft getreten. "
        + "Russland hat den Vertrag noch nicht ratifiziert.", "PARTY_TO")).isEmpty();
  }
  @Test
  void theAgreementSignedByMoreStatesThanItsNameGaveIsTheTreatyReadBefore() {
    Extraction x = Read.extraction("es", "El Tratado de Libre Comercio entre Centroamérica, República Dominicana y Estados Unidos "
        + "entró en vigor este jueves para Costa Rica. El acuerdo fue firmado el 5 de agosto de 2004 en Washington por "
        + "Estados Unidos, Costa Rica, Guatemala, El Salvador, Honduras, Nicaragua y República Dominicana.");
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).singleElement().satisfies(t -> {
      assertThat(t.parties()).containsExactlyInAnyOrder("CRI", "DOM", "GTM", "HND", "NIC", "SLV", "USA");
      assertThat(t.signed()).isEqualTo("2004-08-05");
    });
  }

  @Test
  void theCityATextIsNamedAfterIsNoParty() {
    Extraction x = Read.extraction("fr", "Israël et la Jordanie ont signé mercredi un traité de paix. "
        + "Le traité prolonge la déclaration de Washington, signée le 25 juillet à la Maison Blanche par le roi Hussein et M. Rabin.");
    assertThat(x.relations()).filteredOn(r -> r.type().equals("PARTY_TO")).extracting(Relation::source).doesNotContain("USA");
    assertThat(Read.relations("en", "Ethiopia and Eritrea signed the Algiers agreement in 2000.", "PARTY_TO"))
        .extracting(r -> r.split(" ")[0]).containsExactlyInAnyOrder("ERI", "ETH");
  }
  @Test
  void statesThatRatifyTheBareTreatyWordJoinTheOneReadBeforeInRussian() {
    Extraction x = Read.extraction("ru", "В среду вступил в силу Киотский протокол. Среди участников протокола — Япония, Канада и Норвегия. "
        + "Китай и Индия также ратифицировали протокол, но не взяли на себя количественных обязательств. "
        + "Азербайджан участником протокола не является.");
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).singleElement();
    assertThat(x.relations()).filteredOn(r -> r.type().equals("PARTY_TO")).extracting(Relation::source)
        .containsExactlyInAnyOrder("CAN", "CHN", "IND", "JPN", "NOR");
  }

  @Test
  void aStateThatDepositsItsInstrumentOfRatificationIsAParty() {
    assertThat(Read.relations("de", "Der Vertrag von Pelindaba ist in Kraft getreten. "
        + "Burundi hinterlegte am 15. Juli als 28. Staat seine Ratifikationsurkunde bei der Afrikanischen Union.", "PARTY_TO"))
        .extracting(r -> r.split(" ")[0]).containsExactly("BDI");
  }
  @Test
  void statesAmongTheSignatoriesOrDepositingTheirInstrumentsJoinTheConventionSignedBefore() {
    Extraction x = Read.extraction("fr", "Cent vingt-deux pays ont signé jeudi à Ottawa la convention qui interdit les mines antipersonnel. "
        + "Le Canada, l'Irlande et l'île Maurice ont déposé leurs instruments de ratification. "
        + "La France, le Royaume-Uni et l'Allemagne figurent parmi les signataires, de même que le Japon.");
    assertThat(x.relations()).filteredOn(r -> r.type().equals("PARTY_TO")).extracting(Relation::source)
        .containsExactlyInAnyOrder("CAN", "DEU", "FRA", "GBR", "IRL", "JPN", "MUS");
    assertThat(x.relations()).filteredOn(r -> r.type().equals("SIGNED")).extracting(Relation::source)
        .containsExactlyInAnyOrder("DEU", "FRA", "GBR", "JPN");
  }
  @Test
  void aSecondTreatyListedAfterTheFirstIsAnotherDocumentSignedByTheSameParties() {
    Extraction x = Read.extraction("ru", "Президент России Борис Ельцин и президент Литвы Альгирдас Бразаускас подписали в Кремле Договор о "
        + "российско-литовской государственной границе, а также Договор о разграничении экономической зоны в Балтийском море.");
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).hasSize(2)
        .allSatisfy(t -> assertThat(t.parties()).containsExactlyInAnyOrder("LTU", "RUS"));
  }

  @Test
  void aTreatySignedMonthsApartFromANamedOneIsAnotherDocument() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Bundeskanzler Helmut Kohl und der sowjetische Staatspräsident Michail Gorbatschow haben am Freitag in Bonn "
        + "einen Vertrag über gute Nachbarschaft unterzeichnet. "
        + "Grundlage ist der Zwei-plus-Vier-Vertrag, den Deutschland, die Sowjetunion, die USA, Großbritannien und Frankreich am 12. September "
        + "unterzeichnet hatten.", Language.DE, java.time.LocalDate.of(1990, 11, 10));
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).hasSize(2);
    assertThat(x.relations()).filteredOn(r -> r.type().equals("SIGNED") && r.source().equals("helmut-kohl"))
        .singleElement().satisfies(r -> assertThat(r.target()).isEqualTo("t-deu-rus-1990"));
  }

  @Test
  void theTwoCountriesAsAgentOfASigningAreItsParties() {
    Extraction x = Read.extraction("ru", "Россия и Казахстан подписали в понедельник договор о добрососедстве. "
        + "Новый договор развивает положения Договора о дружбе, подписанного двумя странами 25 мая 1992 года.");
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).hasSize(2)
        .allSatisfy(t -> assertThat(t.parties()).containsExactlyInAnyOrder("KAZ", "RUS"));
  }

  @Test
  void aNamedTreatyNotYetSignedHasNoParties() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Россия, Белоруссия и Казахстан входят в Таможенный союз, а в мае будущего года "
        + "три страны намерены подписать Договор о Евразийском экономическом союзе.", Language.RU, java.time.LocalDate.of(2013, 11, 11));
    assertThat(x.relations()).filteredOn(r -> r.type().equals("PARTY_TO")).isEmpty();
  }

  @Test
  void aSecondMemorandumSignedByTheSameLeadersIsAnotherDocument() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "La Grecia ha espulso l'ambasciatore libico in risposta al memorandum firmato il 27 novembre "
        + "a Istanbul dal presidente turco Recep Tayyip Erdoğan e da Fayez al-Sarraj. Atene invoca la Convenzione delle Nazioni Unite "
        + "sul diritto del mare, di cui la Grecia è parte. Lo stesso 27 novembre Erdoğan e al-Sarraj hanno sottoscritto un secondo "
        + "memorandum, sulla cooperazione militare.", Language.IT, java.time.LocalDate.of(2019, 12, 6));
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty") && e.parties().equals(java.util.List.of("LBY", "TUR"))).hasSize(2);
    // expelling an ambassador leaves no treaty
    assertThat(x.relations()).noneMatch(r -> r.status().equals("ended"));
  }

  @Test
  void aCueOpeningTheTextIsReadLikeAnyOther() {
    // a word for "besides" or "that" as the text's first word has no word before it to look at
    assertThat(Read.relations("en", "Besides Cambodia, the accord was signed by China and France.", "SIGNED"))
        .extracting(r -> r.split(" ")[0]).contains("CHN", "FRA");
    org.assertj.core.api.Assertions.assertThatCode(
        () -> Read.relations("es", "que el Ejecutivo de Nicolás Maduro y la oposición firmaran en Barbados un acuerdo.")).doesNotThrowAnyException();
  }

  @Test
  void theStatesBeforeTheirColleaguesSignToo() {
    assertThat(Read.relations("it", "I ministri degli Esteri di Arabia Saudita, Kuwait e Oman, e i loro colleghi di Egitto e Siria hanno firmato ieri "
        + "a Damasco una dichiarazione che dovrebbe gettare le basi dell'ordine arabo.", "SIGNED"))
        .extracting(r -> r.split(" ")[0]).containsExactlyInAnyOrder("EGY", "KWT", "OMN", "SAU", "SYR");
  }

  @Test
  void theKingdomBesideANamedStateIsTheStateTheArticleIsAbout() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Bhutan darf seine Außenpolitik künftig selbst bestimmen. Indien und das Himalaya-Königreich "
        + "haben am Donnerstag in Neu-Delhi einen neuen Freundschaftsvertrag unterzeichnet, der den am 8. August 1949 in Darjeeling "
        + "geschlossenen Vertrag ablöst.", Language.DE, java.time.LocalDate.of(2007, 2, 9));
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).first().satisfies(t -> {
      assertThat(t.parties()).containsExactlyInAnyOrder("BTN", "IND");
      assertThat(t.signed()).isEqualTo("2007-02-08");      // Thursday, not the older treaty's date past the comma
    });
  }

  @Test
  void anAdditionalAgreementIsAnotherDocument() {
    Extraction x = Read.extraction("fr", "Les présidents roumain Emil Constantinescu et ukrainien Leonid Koutchma ont signé lundi à Constanta le traité "
        + "de bon voisinage. Un accord additionnel, signé par les ministres des Affaires étrangères Adrian Severin et Guennadi Oudovenko, "
        + "règle le sort de l'île des Serpents.");
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).hasSize(2);
  }

  @Test
  void bothCountriesAreTheTwoTheSentenceNamed() {
    Extraction x = Read.extraction("es", "Yibuti alberga instalaciones de Japón e Italia. Francia está obligada a defender la integridad territorial "
        + "de Yibuti en virtud del tratado de cooperación en materia de defensa que ambos países firmaron el 21 de diciembre de 2011.");
    assertThat(x.relations()).filteredOn(r -> r.type().equals("PARTY_TO")).extracting(Relation::source).containsExactlyInAnyOrder("DJI", "FRA");
  }

  @Test
  void aSigningToldInAParticipleAfterTheTreatysNameIsAFactOfItsOwn() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "The move cleared the last obstacle to the Strategic Arms Reduction Treaty, signed in Moscow "
        + "in July 1991 by George Bush and Mikhail Gorbachev.", Language.EN, java.time.LocalDate.of(1994, 12, 5));
    assertThat(x.relations()).filteredOn(r -> r.type().equals("SIGNED")).extracting(Relation::source)
        .containsExactlyInAnyOrder("george-h-w-bush", "mikhail-gorbachev");
  }

  @Test
  void aTreatyEndedWithADateBetweenVerbAndObjectHasEnded() {
    assertThat(Read.relations("fr", "Le Panama avait mis fin en février au protocole d'accord signé avec Pékin en 2017.", "PARTY_TO"))
        .containsExactlyInAnyOrder("CHN PARTY_TO t-chn-pan-2017 ended", "PAN PARTY_TO t-chn-pan-2017 ended");
  }

  @Test
  void anOrganizationsDocumentSignedByUnnamedLeadersBindsItsMembers() {
    Extraction x = Read.extraction("es", "El Consejo de Cooperación del Golfo (CCG) agrupa a Arabia Saudí, Kuwait, Bahréin, Catar, Emiratos Árabes "
        + "Unidos y Omán. Los dirigentes firmaron además el nuevo Acuerdo Económico del CCG.");
    assertThat(x.relations()).filteredOn(r -> r.type().equals("SIGNED")).extracting(Relation::source)
        .containsExactlyInAnyOrder("ARE", "BHR", "KWT", "OMN", "QAT", "SAU");
    Extraction y = Read.extraction("en", "The six members of the Gulf Cooperation Council, Saudi Arabia, Kuwait, Bahrain, Qatar, the United Arab "
        + "Emirates and Oman, met in Muscat. The leaders also signed a new GCC Economic Agreement.");
    assertThat(y.relations()).filteredOn(r -> r.type().equals("SIGNED")).hasSize(6);
  }

  @Test
  void theCityBeforeACeasefireAccordIsWhereItWasSignedNotAParty() {
    assertThat(Read.relations("en", "The Lusaka ceasefire accord was signed by Angola and Namibia.", "PARTY_TO"))
        .containsExactlyInAnyOrder("AGO PARTY_TO t-ago-nam active", "NAM PARTY_TO t-ago-nam active");
    assertThat(Read.relations("en", "The Lusaka ceasefire accord signed by Angola and Namibia remained a dead letter.", "PARTY_TO"))
        .containsExactlyInAnyOrder("AGO PARTY_TO t-ago-nam active", "NAM PARTY_TO t-ago-nam active");
  }

  @Test
  void aStatePartyOrAStateInvokingANamedTreatyIsItsPartyAndSignsNothing() {
    assertThat(Read.relations("de", "Ungarn ist Vertragsstaat des Römischen Statuts.")).containsExactly("HUN PARTY_TO t-rome-statute active");
    assertThat(Read.relations("it", "La Turchia ha invocato l'articolo 4 del Trattato di Washington dopo l'abbattimento di un suo caccia."))
        .containsExactly("TUR PARTY_TO t-north-atlantic-treaty active");
    assertThat(Read.relations("fr", "L'Arménie a rappelé son ambassadeur. Le pays est en outre devenu, en février 2024, État partie au Statut de Rome.",
        "PARTY_TO")).containsExactly("ARM PARTY_TO t-rome-statute active");
  }

  private static List<String> treatiesOf(String lang, String text, java.time.LocalDate published, String type) {
    return Read.EXTRACTOR.extract("t", null, text, Language.fromCode(lang), published).relations().stream()
        .filter(r -> r.type().equals(type)).map(r -> r.source() + " " + r.target()).toList();
  }

  @Test
  void aBareWordOfANamedTreatysNameIsThatTreaty() {
    assertThat(treatiesOf("ru", "Президенты шести государств СНГ подписали сегодня в Кишинёве Устав Организации Договора о коллективной безопасности. "
        + "Документ завершает преобразование Договора о коллективной безопасности в организацию. "
        + "Под Уставом поставили подписи Роберт Кочарян, Александр Лукашенко и Владимир Путин.", java.time.LocalDate.of(2002, 10, 7), "SIGNED"))
        .containsExactlyInAnyOrder("robert-kocharyan t-csto-charter", "alexander-lukashenko t-csto-charter", "vladimir-putin t-csto-charter");
  }

  @Test
  void aTreatyWordGoingOnIntoANameOfItsOwnIsAnotherTreaty() {
    assertThat(treatiesOf("ru", "Узбекистан подписал Договор о коллективной безопасности в 1992 году. "
        + "Россия и Узбекистан подписали в Москве Договор о союзнических отношениях.", java.time.LocalDate.of(2006, 8, 16), "PARTY_TO"))
        .contains("RUS t-rus-uzb").doesNotContain("RUS t-collective-security-treaty");
  }

  @Test
  void aTreatyToldBeforeItIsNamedIsTheNamedOne() {
    assertThat(treatiesOf("en", "The presidents of Kenya, Uganda and Tanzania signed a treaty on Tuesday re-establishing the East African Community. "
        + "Daniel arap Moi of Kenya, Yoweri Museveni of Uganda and Benjamin Mkapa of Tanzania put their names to the Treaty for the "
        + "Establishment of the East African Community in Arusha.", java.time.LocalDate.of(1999, 11, 30), "PARTY_TO"))
        .containsExactlyInAnyOrder("KEN t-eac-treaty", "TZA t-eac-treaty", "UGA t-eac-treaty");
  }

  @Test
  void aDeclarationSignedTheSameDayStaysASecondDocument() {
    assertThat(treatiesOf("ru", "Президенты России и США Владимир Путин и Джордж Буш подписали сегодня в Кремле Договор о сокращении стратегических "
        + "наступательных потенциалов. Одновременно лидеры подписали Совместную декларацию о новых стратегических отношениях.",
        java.time.LocalDate.of(2002, 5, 24), "SIGNED"))
        .contains("vladimir-putin t-rus-usa-2002").anyMatch(r -> r.startsWith("vladimir-putin ") && r.endsWith("-declaration"));
  }

  @Test
  void treatiesInThePluralWithAListAreOneTreatyWithEach() {
    List<String> parties = Read.relations("ru", "Советский Союз связан договорами о дружбе, сотрудничестве и взаимной помощи с Польшей, Румынией и Венгрией.",
        "PARTY_TO");
    assertThat(parties).containsExactlyInAnyOrder("RUS PARTY_TO t-pol-rus active", "POL PARTY_TO t-pol-rus active",
        "RUS PARTY_TO t-rou-rus active", "ROU PARTY_TO t-rou-rus active", "RUS PARTY_TO t-hun-rus active", "HUN PARTY_TO t-hun-rus active");
    assertThat(Read.relations("ru", "Советский Союз связан договорами о взаимной помощи с Польшей, Румынией и Венгрией.", "ALLIED_WITH"))
        .containsExactlyInAnyOrder("POL ALLIED_WITH RUS active", "ROU ALLIED_WITH RUS active", "HUN ALLIED_WITH RUS active");
  }

  @Test
  void aLeaderOutOfOfficeNowSigningADatedPactStandsForTheStateHeLedThen() {
    String text = "Kim Il Sung and Chinese Premier Zhou Enlai signed a mutual assistance treaty in Beijing on July 11, 1961.";
    assertThat(Read.relations("en", text, "PARTY_TO")).containsExactlyInAnyOrder("CHN PARTY_TO t-chn-prk-1961 active", "PRK PARTY_TO t-chn-prk-1961 active");
    assertThat(Read.relations("en", text, "ALLIED_WITH")).containsExactly("CHN ALLIED_WITH PRK active");
  }

  @Test
  void aDocumentSignedByStatesIsATreatyEvenWithNoneReadBefore() {
    assertThat(Read.relations("it", "Il documento è stato siglato da Italia, Germania e Francia.", "PARTY_TO"))
        .containsExactlyInAnyOrder("ITA PARTY_TO t-deu-fra-ita active", "DEU PARTY_TO t-deu-fra-ita active", "FRA PARTY_TO t-deu-fra-ita active");
    assertThat(Read.relations("en", "The deal was welcomed by Italy, Germany and France.", "PARTY_TO")).isEmpty();
  }

  @Test
  void thePartiesOfATreatyFoundingAnOrganizationAreItsMembers() {
    assertThat(Read.relations("en", "Boris Yeltsin and Alexander Lukashenko signed the treaty creating the Union State in Moscow on December 8, 1999.",
        "MEMBER_OF")).containsExactlyInAnyOrder("RUS MEMBER_OF UNION_STATE active", "BLR MEMBER_OF UNION_STATE active");
    assertThat(Read.relations("en", "Russia and Belarus discussed a treaty creating the Union State.", "MEMBER_OF")).isEmpty();
  }

  @Test
  void statesListedAmongTheSignatoriesSignedTheTreatyReadBefore() {
    assertThat(Read.relations("it", "Sessantasette Paesi hanno firmato ieri il Trattato sul commercio delle armi. "
        + "Tra i primi firmatari figurano Gran Bretagna, Francia e Australia.", "SIGNED"))
        .containsExactlyInAnyOrder("GBR SIGNED t-att active", "FRA SIGNED t-att active", "AUS SIGNED t-att active");
    // among the signatories, the state before the word
    assertThat(Read.relations("en", "Sixty-seven countries signed the Arms Trade Treaty. Britain was among the first signatories.", "SIGNED"))
        .containsExactly("GBR SIGNED t-att active");
  }
}
