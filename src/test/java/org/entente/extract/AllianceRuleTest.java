package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllianceRuleTest {

  @Test
  void mutualDefenceMakesAnAllianceStoredInAlphabeticalOrder() {
    assertThat(Read.relations("fr", "La Russie et la Corée du Nord officialisent un partenariat de défense mutuelle.", "ALLIED_WITH"))
        .containsExactly("PRK ALLIED_WITH RUS active");
  }

  @Test
  void anAllianceWordDescribingAnOrganizationIsNoPact() {
    assertThat(Read.relations("en", "Finland joined the NATO military alliance on Tuesday, doubling the border the alliance shares with Russia.",
        "ALLIED_WITH")).isEmpty();
  }

  @Test
  void aPactBindingTheOnlyStatesNamedAlliesThemAll() {
    assertThat(Read.relations("fr", "Le Mali, le Burkina Faso et le Niger, membres fondateurs de la nouvelle Alliance des Etats du Sahel, "
        + "ont signé samedi une charte qui les lie par un pacte de défense mutuelle en cas d'agression extérieure.", "ALLIED_WITH"))
        .containsExactlyInAnyOrder("BFA ALLIED_WITH MLI active", "BFA ALLIED_WITH NER active", "MLI ALLIED_WITH NER active");
  }

  @Test
  void betweenPicksThePairAmongSeveralStates() {
    assertThat(Read.relations("en", "As China watched, an alliance between Japan and the Philippines took shape.", "ALLIED_WITH"))
        .containsExactly("JPN ALLIED_WITH PHL active");
  }

  @Test
  void deniedOrProposedAlliancesAreNotAlliances() {
    assertThat(Read.relations("en", "Iran denied any alliance with Russia.", "ALLIED_WITH")).isEmpty();
    assertThat(Read.relations("en", "Armenia and Iran cooperate without any alliance.", "ALLIED_WITH")).isEmpty();
    assertThat(Read.relations("de", "Serbien könnte ein Bündnis mit Russland eingehen.", "ALLIED_WITH")).isEmpty();
  }

  @Test
  void aDissolvedAllianceIsEnded() {
    assertThat(Read.relations("en", "The alliance between Mali and Niger was dissolved in 2025.", "ALLIED_WITH"))
        .containsExactly("MLI ALLIED_WITH NER ended");
  }

  @Test
  void bothAlliesOfAThirdStateAreEachAlliedWithIt() {
    assertThat(Read.relations("es", "Japón y Corea del Sur firmaron el acuerdo. Ambos países son aliados de Estados Unidos, "
        + "pero Seúl insiste en que el acuerdo no constituye una alianza militar con Tokio.", "ALLIED_WITH"))
        .containsExactlyInAnyOrder("JPN ALLIED_WITH USA active", "KOR ALLIED_WITH USA active");
  }

  @Test
  void theSignersOfADefencePactNamedInTheNextSentenceAreAllies() {
    assertThat(Read.relations("it", "I tre paesi hanno firmato oggi un accordo di difesa comune. "
        + "Il patto è stato sottoscritto da Ghana, Nigeria e Togo.", "ALLIED_WITH"))
        .containsExactlyInAnyOrder("GHA ALLIED_WITH NGA active", "GHA ALLIED_WITH TGO active", "NGA ALLIED_WITH TGO active");
    // a trade deal is no defence pact
    assertThat(Read.relations("it", "I tre paesi hanno firmato oggi un accordo commerciale. "
        + "Il patto è stato sottoscritto da Ghana, Nigeria e Togo.", "ALLIED_WITH")).isEmpty();
  }

  @Test
  void nonAllianceIsNoAlliance() {
    assertThat(Read.relations("en", "Beijing's ties with Moscow rest on non-alliance, non-confrontation and not targeting any third party.", "ALLIED_WITH"))
        .isEmpty();
    assertThat(Read.relations("ru", "Россия и Белоруссия обязуются защищать друг друга, в том числе с применением ядерного оружия.", "ALLIED_WITH"))
        .containsExactly("BLR ALLIED_WITH RUS active");
  }

  @Test
  void reportsOfAPactAreNoPact() {
    assertThat(Read.relations("it", "Il ministero iraniano ha smentito l'esistenza di un'alleanza segreta con la Russia, definendo \"propaganda\" "
        + "le notizie su un patto di mutua difesa tra Teheran e Mosca.", "ALLIED_WITH")).isEmpty();
  }

  @Test
  void whatAPactIsUnlikeIsNoAlliance() {
    assertThat(Read.relations("en", "Russia and Iran signed a partnership treaty on Friday, though officials stressed that, unlike a military alliance, "
        + "it commits neither country to defend the other.", "ALLIED_WITH")).isEmpty();
  }

  @Test
  void aDefencePactNotSignedAlliesNoOne() {
    assertThat(Read.relations("es", "Bush reivindicó el tratado de defensa mutua que ambos países firmaron en 1951. "
        + "Washington no firmará el pacto de no agresión que exige Corea del Norte, en el marco de las conversaciones con China, Japón, "
        + "Rusia y Corea del Sur.", "ALLIED_WITH")).isEmpty();
  }

  @Test
  void troopsLeavingEndNoAlliance() {
    assertThat(Read.relations("en", "Last U.S. troops leave Iceland, but the 1951 defence pact between Iceland and the United States stays in force.", "ALLIED_WITH"))
        .containsExactly("ISL ALLIED_WITH USA active");
  }

  @Test
  void aMutualAssistanceTreatyThatLapsesIsAnEndedAlliance() {
    assertThat(Read.relations("ru", "Новый документ приходит на смену Договору о дружбе, сотрудничестве и взаимной помощи между СССР и Монгольской "
        + "Народной Республикой, который теперь утрачивает силу.", "ALLIED_WITH")).containsExactly("MNG ALLIED_WITH RUS ended");
  }

  @Test
  void aPactThatBecameADeadLetterIsAnEndedAlliance() {
    assertThat(Read.relations("fr", "Le pacte de défense mutuelle qui liait le Honduras et le Nicaragua depuis 1962 est resté lettre morte après la guerre.",
        "ALLIED_WITH")).containsExactly("HND ALLIED_WITH NIC ended");
  }

  @Test
  void aWithdrawalStillToComeEndsNoAlliance() {
    assertThat(Read.relations("it", "Il governo ritirerà il Messico dal patto di assistenza reciproca con gli Stati Uniti.", "ALLIED_WITH"))
        .noneMatch(r -> r.endsWith("ended"));
    assertThat(Read.relations("es", "El Gobierno retirará a México del pacto de defensa mutua con Estados Unidos.", "ALLIED_WITH"))
        .noneMatch(r -> r.endsWith("ended"));
    assertThat(Read.relations("it", "Il governo ha ritirato il Messico dal patto di assistenza reciproca con gli Stati Uniti.", "ALLIED_WITH"))
        .containsExactly("MEX ALLIED_WITH USA ended");
  }

  @Test
  void bothCountriesOfAPactAreItsPartiesNotThePairNamedBefore() {
    assertThat(Read.relations("de", "Israel und Katar verhandeln seit Wochen über eine Waffenruhe. Saudi-Arabien hat am Mittwoch in Riad ein Abkommen "
        + "über gegenseitige strategische Verteidigung mit Pakistan geschlossen. In dem Pakt, den beide Regierungschefs unterzeichneten, heißt es, "
        + "jede Aggression gegen eines der beiden Länder gelte als Aggression gegen beide.", "ALLIED_WITH")).containsExactly("PAK ALLIED_WITH SAU active");
  }

  @Test
  void alliesOnceOrFormerlyAreAnEndedAlliance() {
    assertThat(Read.relations("en", "Rwanda and Uganda were once close allies.", "ALLIED_WITH")).containsExactly("RWA ALLIED_WITH UGA ended");
    assertThat(Read.relations("de", "Ruanda und Uganda, einst enge Verbündete, führen Krieg.", "ALLIED_WITH")).containsExactly("RWA ALLIED_WITH UGA ended");
    assertThat(Read.relations("en", "Rwanda and Uganda are once again close allies.", "ALLIED_WITH")).containsExactly("RWA ALLIED_WITH UGA active");
  }

  @Test
  void alliedTroopsAreACoalitionsForcesNoAlliance() {
    assertThat(Read.relations("it", "Il comandante delle truppe alleate, il generale britannico Michael Jackson, e i militari serbi hanno firmato l'accordo.",
        "ALLIED_WITH")).isEmpty();
    assertThat(Read.relations("es", "Francia negocia que un europeo asuma el mando aliado del sur, en manos de un almirante estadounidense.", "ALLIED_WITH"))
        .isEmpty();
  }

  @Test
  void aSeaNamedAfterAStateIsNoParty() {
    assertThat(Read.relations("it", "Qualsiasi attacco armato contro navi filippine nel Mar cinese meridionale farà scattare gli obblighi di difesa "
        + "reciproca con gli Stati Uniti.", "ALLIED_WITH")).containsExactly("PHL ALLIED_WITH USA active");
  }

  @Test
  void bothCountriesAreTheStateAndTheLeadersStateNamedBefore() {
    assertThat(Read.relations("es", "Filipinas y Tailandia negocian. En Manila, Joe Biden reivindicó ante el Congreso filipino el tratado de defensa mutua "
        + "que ambos países firmaron en 1951.", "ALLIED_WITH")).containsExactly("PHL ALLIED_WITH USA active");
  }

  @Test
  void aStateBoundToDefendAnotherIsItsAlly() {
    assertThat(Read.relations("es", "Francia está obligada a defender la integridad territorial de Yibuti.", "ALLIED_WITH"))
        .containsExactly("DJI ALLIED_WITH FRA active");
  }

  @Test
  void countedAlliesOfAStateListedAfterItAreItsAllies() {
    assertThat(Read.relations("fr", "L'Asean compte deux alliés de Washington, les Philippines et la Thaïlande.", "ALLIED_WITH"))
        .containsExactlyInAnyOrder("PHL ALLIED_WITH USA active", "THA ALLIED_WITH USA active");
  }

  @Test
  void theAllianceAnEarlierSentenceNamedIsNoPactOfTheStatesNamedNow() {
    assertThat(Read.relations("it", "Mali, Burkina Faso e Niger hanno fondato l'Alleanza degli Stati del Sahel. Trasformata in confederazione nel 2024, "
        + "l'alleanza ha congedato le truppe francesi e Mosca è diventata il partner militare privilegiato.", "ALLIED_WITH")).isEmpty();
  }

  @Test
  void theStatesAfterBetweenAreTheAlliesNotTheCriticsBefore() {
    assertThat(Read.relations("en", "Syria, Egypt and Iran stepped up their criticism of a military alliance between Turkey and Israel.", "ALLIED_WITH"))
        .containsExactly("ISR ALLIED_WITH TUR active");
  }

  @Test
  void aStateHyphenedToAlliedBeforeANonStateNamesNoAlliance() {
    assertThat(Read.relations("en", "Saudi Arabia, which leads a coalition fighting the Iran-allied Houthi movement in Yemen, cut ties with Iran.", "ALLIED_WITH"))
        .isEmpty();
    assertThat(Read.relations("en", "Moscow sent troops to Russia-allied Belarus.", "ALLIED_WITH")).containsExactly("BLR ALLIED_WITH RUS active");
  }

  @Test
  void leadersListedAsALeadersAlliesAllyTheirStatesWithHis() {
    assertThat(Read.relations("it", "Hanno firmato il presidente russo Vladimir Putin e i suoi alleati Alexander Lukashenko (Bielorussia) e Kassym-Jomart Tokayev "
        + "(Kazakistan).", "ALLIED_WITH")).containsExactlyInAnyOrder("BLR ALLIED_WITH RUS active", "KAZ ALLIED_WITH RUS active");
  }

  @Test
  void aLeaderCalledAnotherLeadersAllyInAnAppositionAlliesTheirStates() {
    assertThat(Read.relations("en", "Russian President Vladimir Putin met Xi. Belarusian President Alexander Lukashenko, Putin's closest ally, "
        + "expelled the U.S. ambassador on Thursday.", "ALLIED_WITH")).containsExactly("BLR ALLIED_WITH RUS active");
    assertThat(Read.relations("en", "The reformers around President Masoud Pezeshkian, whose allies won the vote, were praised by Washington.", "ALLIED_WITH"))
        .isEmpty();
  }

  @Test
  void aRegionsAdjectiveBeforeThePossessivesAlliesKeepsThemItsAllies() {
    assertThat(Read.relations("en", "South Korea blacklists an Iranian bank as Washington's Asian allies fall in line on sanctions.", "ALLIED_WITH"))
        .doesNotContain("IRN ALLIED_WITH USA active");
    assertThat(Read.relations("en", "Tajikistan is one of Moscow's Central Asian allies.", "ALLIED_WITH")).containsExactly("RUS ALLIED_WITH TJK active");
  }

  @Test
  void assistancePledgedToAListMakesTheListThePledgersAlliesNotEachOthers() {
    assertThat(Read.relations("de", "Biden sichert Japan und den Philippinen eisernen Beistand zu.", "ALLIED_WITH"))
        .containsExactlyInAnyOrder("JPN ALLIED_WITH USA active", "PHL ALLIED_WITH USA active");
  }

  @Test
  void germanAllianceCompoundsAreAlliancesButNonAlignmentIsNot() {
    assertThat(Read.relations("de", "Japan ist ein enger Bündnispartner der USA.", "ALLIED_WITH")).containsExactly("JPN ALLIED_WITH USA active");
    assertThat(Read.relations("de", "Schweden und Finnland wollen ihre jahrzehntelange militärische Bündnisfreiheit aufgeben.", "ALLIED_WITH")).isEmpty();
  }

  @Test
  void anAttackOnEitherThatWouldBeTreatedAsOnBothIsAPledge() {
    assertThat(Read.relations("en", "Australia and Fiji signed a treaty under which an attack on either would be treated as an attack on both.", "ALLIED_WITH"))
        .containsExactly("AUS ALLIED_WITH FJI active");
    assertThat(Read.relations("en", "Australia warned that an attack on Fiji would be treated as an attack on Australia.", "ALLIED_WITH")).isEmpty();
  }

  @Test
  void aPactDiscussedOrProposedIsNoAlliance() {
    assertThat(Read.relations("de", "Chile und Peru haben einen Beistandspakt erörtert.", "ALLIED_WITH")).isEmpty();
    assertThat(Read.relations("es", "Chile y Perú discutieron un pacto de defensa mutua.", "ALLIED_WITH")).isEmpty();
    assertThat(Read.relations("it", "Cile e Perù hanno discusso un patto di difesa reciproca.", "ALLIED_WITH")).isEmpty();
    assertThat(Read.relations("ru", "Чили и Перу обсудили договор о взаимной обороне.", "ALLIED_WITH")).isEmpty();
    assertThat(Read.relations("en", "Chile and Peru proposed a pact obliging each side to provide immediate military assistance if the other is attacked.", "ALLIED_WITH")).isEmpty();
    assertThat(Read.relations("en", "Chile and Peru signed a pact obliging each side to provide immediate military assistance if the other is attacked.", "ALLIED_WITH"))
        .containsExactly("CHL ALLIED_WITH PER active");
  }

  @Test
  void aPactThatLapsedOrWasEndedEndsTheAlliance() {
    assertThat(Read.relations("en", "The Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance expired in 1980.", "ALLIED_WITH"))
        .containsExactly("CHN ALLIED_WITH RUS ended");
    assertThat(Read.relations("fr", "Les États-Unis ont mis fin en 1980 à leur traité de défense mutuelle avec Taïwan.", "ALLIED_WITH"))
        .containsExactly("TWN ALLIED_WITH USA ended");
    assertThat(Read.relations("ru", "СССР и КНДР заключили в 1961 году договор о взаимной помощи, но этот договор утратил силу в 1996 году.", "ALLIED_WITH"))
        .containsExactly("PRK ALLIED_WITH RUS ended");
    // a pact that never expired, or may be ended, binds still
    assertThat(Read.relations("en", "Japan and the United States have been bound by a mutual defence treaty since 1960, and the pact has never expired.", "ALLIED_WITH"))
        .containsExactly("JPN ALLIED_WITH USA active");
  }

  @Test
  void aStateBoundToAListByPactsIsAlliedWithEachNotTheyWithOneAnother() {
    for (String[] t : List.of(
        new String[] {"en", "The United States, bound to Japan, South Korea and the Philippines by mutual defence treaties, has stepped up its naval presence."},
        new String[] {"fr", "Les États-Unis, liés au Japon, à la Corée du Sud et aux Philippines par des traités de défense mutuelle, ont renforcé leur présence navale."},
        new String[] {"es", "Estados Unidos, vinculado a Japón, Corea del Sur y Filipinas por tratados de defensa mutua, reforzó su presencia naval."},
        new String[] {"it", "Gli Stati Uniti, legati al Giappone, alla Corea del Sud e alle Filippine da trattati di difesa reciproca, hanno rafforzato la presenza navale."})) {
      assertThat(Read.relations(t[0], t[1], "ALLIED_WITH")).as(t[1])
          .containsExactlyInAnyOrder("JPN ALLIED_WITH USA active", "KOR ALLIED_WITH USA active", "PHL ALLIED_WITH USA active");
    }
  }

  @Test
  void anAllianceAbrogatedOrItsTreatyAnnulledHasEnded() {
    assertThat(Read.relations("en", "Egypt abrogated its 1936 alliance with Britain.", "ALLIED_WITH")).containsExactly("EGY ALLIED_WITH GBR ended");
    assertThat(Read.relations("en", "Cairo was abrogating the 1936 Anglo-Egyptian Treaty of Alliance.", "ALLIED_WITH"))
        .containsExactly("EGY ALLIED_WITH GBR ended");
    assertThat(Read.relations("it", "Baghdad ha annullato nel 1959 il trattato di alleanza anglo-iracheno.", "ALLIED_WITH"))
        .containsExactly("GBR ALLIED_WITH IRQ ended");
  }

  @Test
  void aTreatyOfAllianceCapitalizedIsATitleNotAnOrganization() {
    assertThat(Read.relations("en", "Britain and Egypt signed the Anglo-Egyptian Treaty of Alliance in 1936.", "ALLIED_WITH"))
        .containsExactly("EGY ALLIED_WITH GBR active");
  }
}
