package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormTrieTest {

  private static final Form KOREA = Form.of(Entity.STATE, "KOR", Form.NAME, "South Korea", false);
  private static final Form SOUTH_SUDAN = Form.of(Entity.STATE, "SSD", Form.NAME, "South Sudan", false);

  @Test
  void longestMatchComesFirst() {
    FormTrie trie = new FormTrie();
    Form south = Form.of(Entity.STATE, "XXX", Form.NAME, "South", false);
    trie.add(MatchAnalyzer.tokens("South", Language.EN), south);
    trie.add(MatchAnalyzer.tokens("South Korea", Language.EN), KOREA);
    var m = trie.matches(MatchAnalyzer.tokens("South Korea said", Language.EN), 0);
    assertThat(m).extracting(e -> e.getKey()).containsExactly(2, 1);
    assertThat(m.get(0).getValue()).containsExactly(KOREA);
  }

  @Test
  void aFormAddedAfterALookupIsFound() {
    // a word remembers the trie's answer: adding a form must not leave the old answer standing
    FormTrie trie = new FormTrie();
    trie.add(MatchAnalyzer.tokens("South Korea", Language.EN), KOREA);
    Form sudan = Form.of(Entity.STATE, "SDN", Form.NAME, "Sudan", false);
    assertThat(trie.matches(MatchAnalyzer.tokens("Sudan", Language.EN), 0)).isEmpty();
    trie.add(MatchAnalyzer.tokens("Sudan", Language.EN), sudan);
    assertThat(trie.matches(MatchAnalyzer.tokens("Sudan", Language.EN), 0).get(0).getValue()).containsExactly(sudan);
  }

  @Test
  void twoTriesDoNotShareWhatTheyRemember() {
    FormTrie a = new FormTrie();
    FormTrie b = new FormTrie();
    a.add(MatchAnalyzer.tokens("South Korea", Language.EN), KOREA);
    b.add(MatchAnalyzer.tokens("South Sudan", Language.EN), SOUTH_SUDAN);
    for (int round = 0; round < 2; round++) {
      assertThat(a.matches(MatchAnalyzer.tokens("South Korea", Language.EN), 0)).hasSize(1);
      assertThat(b.matches(MatchAnalyzer.tokens("South Korea", Language.EN), 0)).isEmpty();
      assertThat(b.matches(MatchAnalyzer.tokens("South Sudan", Language.EN), 0)).hasSize(1);
    }
  }
}
