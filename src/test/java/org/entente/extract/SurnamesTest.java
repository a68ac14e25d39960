package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurnamesTest {

  private static final MentionFinder FINDER = new MentionFinder(Gazetteer.load());

  private static List<String> leaders(String text) {
    List<Token> tokens = MatchAnalyzer.tokens(text, Language.EN);
    return Surnames.resolve(FINDER.find(tokens, Language.EN, text), tokens).stream()
        .filter(m -> m.kind().equals(Entity.LEADER)).map(m -> m.id() + "@" + m.surface()).toList();
  }

  @Test
  void aSurnameAfterTheFullNameIsTheSameLeader() {
    assertThat(leaders("Syrian President Bashar al-Assad spoke on Monday. Washington froze the assets of Assad."))
        .containsExactly("bashar-al-assad@Bashar al Assad", "bashar-al-assad@Assad");
  }

  @Test
  void aSurnameBeforeAnyFullNameIsNoOne() {
    assertThat(leaders("Assad spoke on Monday.")).isEmpty();
  }

  @Test
  void aLowerCaseWordIsNoSurname() {
    // "Moon Jae-in" ends in a word that is also a preposition
    assertThat(leaders("Moon Jae-in arrived in Seoul.")).containsExactly("moon-jae-in@Moon Jae in");
  }

  @Test
  void sanctionsOnTheSurnameReachTheLeader() {
    assertThat(Read.relations("en", "Syrian President Bashar al-Assad spoke on Monday. Washington imposed sanctions on Assad.", "SANCTIONS"))
        .containsExactly("USA SANCTIONS bashar-al-assad active");
  }

  @Test
  void aHeadlinesSurnameIsTheSittingLeaderTheTextNamesInFull() {
    Leaders table = Gazetteer.load().leaders();
    String title = "Clinton imposes trade embargo on Iran";
    List<Token> tokens = MatchAnalyzer.tokens(title, Language.EN);
    List<Mention> found = FINDER.find(tokens, Language.EN, title);
    java.time.LocalDate may1995 = java.time.LocalDate.of(1995, 5, 8);
    assertThat(Surnames.fromText(found, tokens, "President Bill Clinton signed an order on Saturday.", table, may1995).stream()
        .filter(m -> m.kind().equals(Entity.LEADER)).map(Mention::id)).containsExactly("bill-clinton");
    assertThat(Surnames.fromText(found, tokens, "The president signed an order on Saturday.", table, may1995).stream()
        .filter(m -> m.kind().equals(Entity.LEADER))).isEmpty();
    assertThat(Surnames.fromText(found, tokens, "President Bill Clinton signed an order.", table, java.time.LocalDate.of(2024, 6, 20)).stream()
        .filter(m -> m.kind().equals(Entity.LEADER))).isEmpty();
  }
}
