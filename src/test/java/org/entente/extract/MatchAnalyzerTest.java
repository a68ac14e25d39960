package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchAnalyzerTest {

  @Test
  void elidedArticlesAreCutFromWordAndSpan() {
    List<Token> t = MatchAnalyzer.tokens("l’Occident et l'UE", Language.FR);
    assertThat(t).extracting(Token::surface).containsExactly("Occident", "et", "UE");
    assertThat(t.get(0).start()).isEqualTo(2);
  }

  @Test
  void inflectedFormsShareTheirTerm() {
    assertThat(MatchAnalyzer.key("России", Language.RU)).isEqualTo(MatchAnalyzer.key("Россия", Language.RU));
    assertThat(MatchAnalyzer.key("Russlands", Language.DE)).isEqualTo(MatchAnalyzer.key("Russland", Language.DE));
    assertThat(MatchAnalyzer.key("nord-coréennes", Language.FR)).isEqualTo(MatchAnalyzer.key("nord-coréenne", Language.FR));
  }

  @Test
  void accentsAreFolded() {
    assertThat(MatchAnalyzer.key("Élysée", Language.FR)).isEqualTo(MatchAnalyzer.key("elysee", Language.FR));
  }

  @Test
  void aTokenKnowsTheArticleElidedBeforeIt() {
    List<Token> t = MatchAnalyzer.tokens("dall'Ue e nell’Onu", Language.IT);
    assertThat(t.get(0).word().elided).isEqualTo("dall");
    assertThat(t.get(2).word().elided).isEqualTo("nell");
    assertThat(t.get(1).word().elided).isNull();
  }

  @Test
  void onlyFrenchAndItalianElideAnArticle() {
    assertThat(MatchAnalyzer.tokens("Kim Jong Un's government", Language.EN)).extracting(Token::surface)
        .containsExactly("Kim", "Jong", "Un's", "government");
  }
}
