package org.entente.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

  static final CorpusGenerator GEN = new CorpusGenerator(42);

  @Test
  void theSameSeedGivesTheSameArticles() {
    CorpusGenerator again = new CorpusGenerator(42);
    for (long i = 0; i < 50; i++) assertThat(again.article(i)).isEqualTo(GEN.article(i));
    assertThat(new CorpusGenerator(43).article(0)).isNotEqualTo(GEN.article(0));
  }

  @Test
  void articlesAreNewsSizedInSixLanguagesOverTwentyYears() {
    Set<Object> langs = new HashSet<>();
    Set<Object> years = new HashSet<>();
    long chars = 0;
    for (long i = 0; i < 600; i++) {
      Map<String, Object> a = GEN.article(i);
      langs.add(a.get("lang"));
      years.add(((String) a.get("published")).substring(0, 4));
      chars += ((String) a.get("text")).length();
      assertThat((String) a.get("title")).isNotBlank();
    }
    assertThat(langs).containsExactlyInAnyOrder("en", "fr", "de", "es", "it", "ru");
    assertThat(years).hasSizeGreaterThanOrEqualTo(18);
    assertThat(chars / 600).isBetween(1200L, 2600L);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyRelationEndIsAnExpectedEntityOrTreaty() {
    int relations = 0;
    for (long i = 0; i < 300; i++) {
      Map<String, Object> e = (Map<String, Object>) GEN.article(i).get("expected");
      Set<Object> known = new HashSet<>();
      known.addAll((List<Object>) e.get("states"));
      known.addAll((List<Object>) e.get("organizations"));
      known.addAll((List<Object>) e.get("leaders"));
      for (Map<String, Object> t : (List<Map<String, Object>>) e.get("treaties")) known.add(t.get("key"));
      for (Map<String, Object> r : (List<Map<String, Object>>) e.get("relations")) {
        assertThat(known).contains(r.get("source"), r.get("target"));
        relations++;
      }
    }
    assertThat(relations).isGreaterThan(300);
  }

  @Test
  void aFewStatesAreInMostOfTheNews() {
    long withRussia = LongStream.range(0, 400).filter(i -> ((String) GEN.article(i).get("text")).length() > 0
        && GEN.article(i).get("expected").toString().contains("RUS")).count();
    assertThat(withRussia).isGreaterThan(100);
  }

  @Test
  void slotsTakeTheirCaseAndSentencesStartUpperCase() {
    Template t = Template.parse("{A} и {B:ins}.");
    assertThat(t.fill((name, c) -> name.equals("A") ? "россия" : "Китаем:" + c)).isEqualTo("Россия и Китаем:ins.");
    assertThat(t.uses("B")).isTrue();
    assertThat(t.uses("O")).isFalse();
  }
}
