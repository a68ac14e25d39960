package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BareSigningsTest {

  // the test articles are dated 2024-06-20: this signing is the one they report
  private static final String SIGNING = "President Joe Biden and President Emmanuel Macron signed a treaty on arms ceilings in Paris on June 19. ";

  @Test
  void aLeaderWhoSignedForHisStateMakesItAPartyAndASigner() {
    assertThat(Read.relations("en", SIGNING + "Chancellor Olaf Scholz signed for Germany a day before the vote."))
        .contains("DEU PARTY_TO t-fra-usa-2024 active", "olaf-scholz SIGNED t-fra-usa-2024 active");
  }

  @Test
  void statesThatSignedAlongsideAPartyJoinIt() {
    assertThat(Read.relations("en", SIGNING + "Poland, Hungary, Czechoslovakia and Romania signed alongside France today."))
        .contains("POL PARTY_TO t-fra-usa-2024 active", "HUN PARTY_TO t-fra-usa-2024 active", "ROU PARTY_TO t-fra-usa-2024 active",
            "POL SIGNED t-fra-usa-2024 active", "ROU SIGNED t-fra-usa-2024 active");
  }

  @Test
  void aTreatyOnlyRecalledIsNotWhatABareSigningSigns() {
    // signed decades before the article: "signed for" speaks of another act
    assertThat(Read.relations("en", "The Treaty on Conventional Armed Forces in Europe was signed in Paris in November 1990. "
        + "Chancellor Olaf Scholz signed for Germany a day before the vote.")).doesNotContain("DEU PARTY_TO t-cfe active");
  }

  @Test
  void aSigningForNoStateOrAlongsideANonPartyGivesNoParty() {
    assertThat(Read.relations("en", SIGNING + "Chancellor Olaf Scholz signed for the first time.")).noneMatch(r -> r.startsWith("DEU PARTY_TO"));
    assertThat(Read.relations("en", SIGNING + "Poland signed alongside Germany.")).noneMatch(r -> r.startsWith("POL PARTY_TO"));
  }

  @Test
  void statesWhoseVerbClosesTheClauseSignedAndSoDidThoseThatDidLikewise() {
    assertThat(Read.relations("en", SIGNING + "Britain and Germany, both of which had stockpiled the weapons, signed, as did Japan and Canada."))
        .contains("GBR PARTY_TO t-fra-usa-2024 active", "DEU SIGNED t-fra-usa-2024 active", "JPN PARTY_TO t-fra-usa-2024 active",
            "CAN SIGNED t-fra-usa-2024 active");
    // the verb has an object of its own: another document
    assertThat(Read.relations("en", SIGNING + "Britain and Germany signed a trade deal with Japan."))
        .noneMatch(r -> r.startsWith("GBR PARTY_TO t-fra-usa-2024"));
  }

  @Test
  void aGermanVerbAfterItsOwnObjectSignsThatObject() {
    // "einen Beistandspakt unterzeichnet, der ...": the verb closes its clause, but its object stands before it
    assertThat(Read.relations("de", "Frankreich und die USA haben am 19. Juni einen Vertrag unterzeichnet. "
        + "Ungarn und Südkorea haben am Dienstag einen Beistandspakt unterzeichnet, der beide Länder zu Beistand verpflichtet."))
        .noneMatch(r -> r.startsWith("HUN PARTY_TO t-fra-usa") || r.startsWith("KOR SIGNED t-fra-usa"));
  }
}
