package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModalityTest {

  @Test
  void aNegationInTheClauseDeniesTheCue() {
    assertThat(Read.relations("en", "Belarus is not a member of NATO.", "MEMBER_OF")).isEmpty();
    assertThat(Read.relations("en", "Belarus is a member of the CSTO.", "MEMBER_OF")).containsExactly("BLR MEMBER_OF CSTO active");
  }

  @Test
  void aWishIsNoFact() {
    assertThat(Read.relations("en", "Ukraine wants to join NATO as soon as the war ends.", "MEMBER_OF")).isEmpty();
  }

  @Test
  void aPurposeOrAnInterestIsNoFact() {
    assertThat(Read.relations("es", "Bolivia aguarda el visto bueno del Senado de Brasil para convertirse en miembro pleno del Mercosur.", "MEMBER_OF")).isEmpty();
    assertThat(Read.relations("es", "Bolivia ha expresado su interés en sumarse a los BRICS.", "MEMBER_OF")).isEmpty();
    assertThat(Read.relations("es", "Bolivia se convirtió en miembro pleno del Mercosur en 2024.", "MEMBER_OF")).containsExactly("BOL MEMBER_OF MERCOSUR active");
  }

  @Test
  void aMembershipThatCouldProvokeSomethingIsNoFact() {
    assertThat(Read.relations("fr", "L'adhésion de la Finlande à l'OTAN pourrait provoquer un terrible conflit, a averti Moscou.", "MEMBER_OF")).isEmpty();
    assertThat(Read.relations("es", "La adhesión de Finlandia a la OTAN podría provocar un terrible conflicto, advirtió Moscú.", "MEMBER_OF")).isEmpty();
    assertThat(Read.relations("fr", "L'adhésion de la Finlande à l'OTAN a été achevée en avril 2023.", "MEMBER_OF")).containsExactly("FIN MEMBER_OF NATO active");
  }

  @Test
  void sanctionsBeingPreparedAreNoFact() {
    assertThat(Read.relations("es", "Estados Unidos prepara sanciones contra Siria, según fuentes del Congreso.", "SANCTIONS")).isEmpty();
    assertThat(Read.relations("it", "Gli Stati Uniti stanno predisponendo sanzioni contro la Siria.", "SANCTIONS")).isEmpty();
  }

  @Test
  void anExpectedOrThreatenedStepIsNoFact() {
    assertThat(Read.relations("en", "Finland is expected to join NATO next year.", "MEMBER_OF")).isEmpty();
    assertThat(Read.relations("en", "Qatar may quit OPEC next year.", "MEMBER_OF")).isEmpty();
    assertThat(Read.relations("en", "Qatar is set to quit OPEC.", "MEMBER_OF")).isEmpty();
    assertThat(Read.relations("de", "Die EU dürfte neue Sanktionen gegen Russland verhängen.", "SANCTIONS")).isEmpty();
    assertThat(Read.relations("en", "In May 2004, Poland joined the EU.", "MEMBER_OF")).containsExactly("POL MEMBER_OF EU active");
    assertThat(Read.relations("de", "Die EU hat Sanktionen gegen Russland angedroht.", "SANCTIONS")).isEmpty();
    assertThat(Read.relations("de", "Die EU hat neue Sanktionen gegen Russland erwogen.", "SANCTIONS")).isEmpty();
    assertThat(Read.relations("de", "Die EU hat neue Sanktionen gegen Russland verhängt.", "SANCTIONS")).containsExactly("EU SANCTIONS RUS active");
  }

  @Test
  void aModalPastACommaBelongsToAnotherClause() {
    assertThat(Read.relations("en", "Turkey, a NATO member, could block the decision.", "MEMBER_OF"))
        .containsExactly("TUR MEMBER_OF NATO active");
  }

  @Test
  void beingConsideredAnAllyIsHowOthersSeeIt() {
    assertThat(Read.relations("it", "Il Giappone è considerato un alleato chiave degli Stati Uniti in Asia.", "ALLIED_WITH"))
        .containsExactly("JPN ALLIED_WITH USA active");
  }

  @Test
  void aConditionNamingAnAttackIsTheCommitmentsContent() {
    assertThat(Read.relations("en", "Russia and North Korea pledged to provide immediate military assistance to each other if either is attacked.",
        "ALLIED_WITH")).containsExactly("PRK ALLIED_WITH RUS active");
  }

  @Test
  void aRestrictionAffirms() {
    assertThat(Read.relations("fr", "La Cédéao ne regroupe désormais plus que le Nigeria, le Ghana et le Sénégal.", "MEMBER_OF"))
        .contains("NGA MEMBER_OF ECOWAS active", "GHA MEMBER_OF ECOWAS active");
  }

  @Test
  void aDraftAPossibilityOrAJoiningRuledOutIsNoFact() {
    assertThat(Read.relations("en", "Kenya, Uganda and Rwanda agreed on Wednesday to start drafting a mutual defence pact.", "ALLIED_WITH")).isEmpty();
    assertThat(Read.relations("fr", "Les ministres européens ont évoqué lundi de possibles sanctions contre le Rwanda.", "SANCTIONS")).isEmpty();
    assertThat(Read.relations("fr", "Le président sénégalais a exclu que son pays rejoigne l'Alliance des Etats du Sahel.", "MEMBER_OF")).isEmpty();
  }

  @Test
  void pressingToJoinIsNoJoining() {
    assertThat(Read.relations("en", "Poland, Hungary and the Czech Republic are pressing to join NATO.", "MEMBER_OF")).isEmpty();
  }

  @Test
  void whatHappenedAfterASubjectOfItsOwnIsAFactUnderAModal() {
    assertThat(Read.relations("en", "Security is expected to dominate the agenda after China signed a security agreement with Solomon Islands "
        + "in April.", "PARTY_TO")).containsExactlyInAnyOrder("CHN PARTY_TO t-chn-slb active", "SLB PARTY_TO t-chn-slb active");
    // with no subject after "after", the modal's doubt still reaches the cue
    assertThat(Read.relations("en", "Moscow would decide on its next steps after consulting the remaining members of NATO.", "MEMBER_OF")).isEmpty();
  }
}
