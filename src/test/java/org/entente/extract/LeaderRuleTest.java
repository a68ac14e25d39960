package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeaderRuleTest {

  @Test
  void aLeaderInOfficeLeadsTheState() {
    assertThat(Read.relations("fr", "Kim Jong Un a reçu une délégation.", "LEADS")).containsExactly("kim-jong-un LEADS PRK active");
  }

  @Test
  void noLeadsOutOfOfficeAtTheArticlesDate() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Angela Merkel spoke in Berlin.", Language.EN, LocalDate.of(2024, 6, 1));
    assertThat(x.relations()).noneMatch(r -> r.type().equals("LEADS"));
    Extraction y = Read.EXTRACTOR.extract("t", null, "Angela Merkel spoke in Berlin.", Language.EN, LocalDate.of(2015, 6, 1));
    assertThat(y.relations()).extracting(Relation::key).contains("angela-merkel|LEADS|DEU");
  }

  @Test
  void aSurnameAfterATitleIsTheLeaderInOfficeThen() {
    Extraction then = Read.EXTRACTOR.extract("t", null, "President Carter's administration withdrew the offer.", Language.EN, LocalDate.of(1977, 11, 14));
    assertThat(then.relations()).extracting(Relation::key).containsExactly("jimmy-carter|LEADS|USA");
    Extraction later = Read.EXTRACTOR.extract("t", null, "President Carter's administration withdrew the offer.", Language.EN, LocalDate.of(2024, 6, 1));
    assertThat(later.relations()).isEmpty();
    Extraction de = Read.EXTRACTOR.extract("t", null, "Präsident Kennedy will rasch entscheiden.", Language.DE, LocalDate.of(1962, 1, 31));
    assertThat(de.relations()).extracting(Relation::key).containsExactly("john-f-kennedy|LEADS|USA");
    // two names that end the full name: "Muhammad Ayub Khan"
    Extraction two = Read.EXTRACTOR.extract("t", null, "President Ayub Khan of Pakistan arrived in Tashkent.", Language.EN, LocalDate.of(1966, 1, 10));
    assertThat(two.relations()).extracting(Relation::key).containsExactly("ayub-khan|LEADS|PAK");
  }

  @Test
  void aTitlePhraseMakesALeaderTheTableLacks() {
    assertThat(Read.relations("en", "French President Jean-Baptiste Moreau-Lefort arrived.", "LEADS"))
        .containsExactly("jean-baptiste-moreau-lefort LEADS FRA active");
  }

  @Test
  void theNameAfterAnAideOfThePresidentIsTheAides() {
    assertThat(Read.relations("ru", "Пресс-секретарь президента РФ Дмитрий Песков выразил сожаление.", "LEADS")).isEmpty();
    assertThat(Read.relations("fr", "Le porte-parole du président russe, Dmitri Peskov, a exprimé ses regrets.", "LEADS")).isEmpty();
    // but the spokesman's president is named right after his title
    assertThat(Read.relations("en", "A spokesman for French President Jean-Baptiste Moreau-Lefort declined to comment.", "LEADS"))
        .containsExactly("jean-baptiste-moreau-lefort LEADS FRA active");
  }

  @Test
  void aLeadersSurnameAfterSomeoneElsesFirstNameIsANamesake() {
    assertThat(Read.relations("en", "The list includes Mr Biden and his son Hunter Biden.", "LEADS"))
        .containsExactly("joe-biden LEADS USA active");
    assertThat(Read.relations("en", "The deal was praised by his son Hunter Biden.", "LEADS")).isEmpty();
    // a first name spelled another way is still the leader's
    Extraction x = Read.EXTRACTOR.extract("t", null, "Правительство премьер-министра Николая Азарова рассчитывает на скидку.",
        Language.RU, LocalDate.of(2010, 4, 22));
    assertThat(x.relations()).extracting(Relation::key).contains("mykola-azarov|LEADS|UKR");
  }

  @Test
  void aLeaderFoundByTitleSignsAndIsSanctionedAsAnyOther() {
    assertThat(Read.relations("fr", "Le président français Jean-Baptiste Moreau-Lefort et le chancelier allemand Olaf Scholz ont signé un traité.", "SIGNED"))
        .containsExactlyInAnyOrder("jean-baptiste-moreau-lefort SIGNED t-deu-fra active", "olaf-scholz SIGNED t-deu-fra active");
    assertThat(Read.relations("en", "Washington imposed sanctions on Bolivian President Alberto Quispe Rojas on Friday.", "SANCTIONS"))
        .containsExactly("USA SANCTIONS alberto-quispe-rojas active");
  }

  @Test
  void formerLeadersDoNotLead() {
    assertThat(Read.relations("en", "Former US President Barack Obama spoke.", "LEADS")).isEmpty();
  }

  @Test
  void aTitledLeaderInAnotherSpellingIsTheTablesLeader() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Der kirgisische Präsident Sooronbai Dscheenbekow traf Erdogan.", Language.DE,
        LocalDate.of(2019, 10, 15));
    assertThat(x.relations()).extracting(Relation::key).contains("sooronbay-jeenbekov|LEADS|KGZ")
        .noneMatch(k -> k.startsWith("sooronbai-dscheenbekow"));
  }

  @Test
  void aShipOrAirportNamedAfterALeaderNamesNoLeader() {
    assertThat(Read.entityIds("en", "The USS Gerald R. Ford arrived in Cyprus. Flights resumed at Imam Khomeini Airport."))
        .containsExactly("CYP");
    assertThat(Read.entityIds("fr", "Les vols ont repris à l'aéroport Charles-de-Gaulle.")).isEmpty();
  }

  @Test
  void aNameTwoLeadersBoreIsTheOneOfTheArticlesTime() {
    assertThat(leads("1991-07-31", "President George Bush met Mikhail Gorbachev in Moscow.")).contains("george-h-w-bush LEADS USA");
    assertThat(leads("2003-03-20", "President George Bush addressed the nation.")).containsExactly("george-w-bush LEADS USA");
  }

  @Test
  void onTheDayOfAHandoverTheNewcomerLeadsAndTheOneLeavingIsStillNamed() {
    String text = "Giorgia Meloni ha giurato oggi al Quirinale, succedendo a Mario Draghi.";
    Extraction e = Read.EXTRACTOR.extract("t", null, text, Language.IT, java.time.LocalDate.parse("2022-10-22"));
    assertThat(e.relations().stream().filter(r -> r.type().equals("LEADS")).map(r -> r.source()).toList()).containsExactly("giorgia-meloni");
    assertThat(e.entities().stream().map(Entity::id).toList()).contains("giorgia-meloni", "mario-draghi");
  }

  private static java.util.List<String> leads(String published, String text) {
    return Read.EXTRACTOR.extract("t", null, text, Language.EN, java.time.LocalDate.parse(published)).relations().stream()
        .filter(r -> r.type().equals("LEADS")).map(r -> r.source() + " LEADS " + r.target()).toList();
  }

  @Test
  void theLeaderOfABreakawayRepublicLeadsNoState() {
    assertThat(Read.relations("ru", "На церемонии присутствовал лидер самопровозглашённой Приднестровской Молдавской Республики Игорь Смирнов.",
        "LEADS")).isEmpty();
    assertThat(Read.relations("en", "The self-proclaimed Moldovan republic's leader Igor Smirnov attended.", "LEADS")).isEmpty();
    assertThat(Read.relations("en", "The Moldovan president Maia Sandu attended.", "LEADS")).containsExactly("maia-sandu LEADS MDA active");
  }

  @Test
  void theChairOfAParliamentIsNoLeader() {
    assertThat(Read.relations("ru", "В перечень вошли министр внутренних дел Арсен Аваков и председатель Верховной рады Андрей Парубий.", "LEADS"))
        .isEmpty();
  }

  @Test
  void aNameWrittenInCapitalsIsReadOnlyInCapitals() {
    // "ATT" is Amadou Toumani Touré's; "(Att)" is the Arms Trade Treaty's acronym in Italian
    LocalDate inOffice = LocalDate.of(2008, 6, 4);
    assertThat(Read.EXTRACTOR.extract("t", null, "Il Trattato sul commercio delle armi (Att) è stato firmato.", Language.IT, inOffice)
        .entities()).noneMatch(e -> e.id().equals("amadou-toumani-toure"));
    assertThat(Read.EXTRACTOR.extract("t", null, "Le président malien ATT a reçu le ministre.", Language.FR, inOffice)
        .relations()).extracting(Relation::key).contains("amadou-toumani-toure|LEADS|MLI");
  }
}
