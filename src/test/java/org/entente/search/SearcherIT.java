package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.extract.Extractor;
import org.entente.extract.Language;
import org.entente.ingest.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearcherIT {

  @TempDir static Path dir;

  @BeforeAll
  static void index() throws Exception {
    Extractor x = new Extractor();
    try (ArticleIndex idx = new ArticleIndex(dir)) {
      for (Article a : List.of(
          new Article("fr1", "Pyongyang et Moscou", "La Corée du Nord a été sanctionnée par l'ONU. La Russie et la Corée du Nord signent un pacte de défense mutuelle.",
              LocalDate.of(2024, 6, 20), null, "afp", "fr", "t"),
          new Article("en1", "Sanctions on Iran", "The United States imposed sanctions on Iran.", LocalDate.of(2019, 5, 1), null, "ap", "en", "t"),
          new Article("de1", "Finnland tritt bei", "Finnland ist der NATO beigetreten.", LocalDate.of(2023, 4, 4), null, "dpa", "de", "t"))) {
        idx.put(a, x.extract(a.id(), a.title(), a.text(), Language.fromCode(a.lang()), a.published()));
      }
      idx.commit();
    }
  }

  private List<String> ids(String q, List<String> mentions, String lang) throws Exception {
    try (Searcher s = new Searcher(dir)) {
      return s.search(new Searcher.Request(q, 10, mentions, lang, null, null, null, false)).stream().map(Hit::id).toList();
    }
  }

  @Test
  void inflectedWordsFindEachOther() throws Exception {
    assertThat(ids("sanctions", null, null)).contains("fr1", "en1");
  }

  @Test
  void eachLanguagesAnalyzerStemsItsOwnWords() throws Exception {
    assertThat(ids("mutuel", null, null)).containsExactly("fr1"); // French stemmer: mutuelle -> mutuel
    assertThat(ids("Finnlands", null, null)).containsExactly("de1"); // German stemmer: Finnlands -> finnland
    assertThat(ids("imposing", null, null)).containsExactly("en1"); // English stemmer: imposed, imposing -> impos
  }

  @Test
  void aNameInAnotherLanguageFindsTheEntity() throws Exception {
    assertThat(ids("КНДР", null, null)).containsExactly("fr1");
  }

  @Test
  void filtersKeepOnlyWhatTheyAskFor() throws Exception {
    assertThat(ids("sanctions", List.of("PRK"), null)).containsExactly("fr1");
    assertThat(ids("", null, "de")).containsExactly("de1");
  }

  @Test
  void snippetsHighlightTheMatchedWords() throws Exception {
    try (Searcher s = new Searcher(dir)) {
      Hit h = s.search(new Searcher.Request("Iran", 1, null, null, null, null, null, false)).get(0);
      assertThat(h.snippet()).contains("<b>Iran</b>");
    }
  }

  @Test
  void facetsCountByEntityLanguageAndMonth() throws Exception {
    try (Searcher s = new Searcher(dir)) {
      var f = s.facets(new Searcher.Request("sanctions", 10, null, null, null, null, null, false));
      assertThat(f.get("lang")).containsEntry("fr", 1).containsEntry("en", 1);
      assertThat(f.get("month")).containsKey("2024-06");
      assertThat(f.get("entity")).containsEntry("IRN", 1);
    }
  }

  @Test
  void aMalformedQueryIsOneClearLine() {
    assertThatThrownBy(() -> ids("\"unclosed phrase", null, null))
        .isInstanceOf(Searcher.BadQuery.class).hasMessageContaining("cannot parse query").hasMessageNotContaining("\n");
  }
}
