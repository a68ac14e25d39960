package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekdaysTest {

  @Test
  void aDayOfTheWeekIsTheLatestSuchDayUpToTheArticlesDate() {
    // 23 January 2019 was a Wednesday: "mardi" is the day before, "mercredi" the same day
    assertThat(signed("Paris et Berlin ont signé mardi un traité de coopération.", Language.FR, LocalDate.of(2019, 1, 23)))
        .isEqualTo("2019-01-22");
    assertThat(signed("Russia and Belarus signed a treaty on Wednesday.", Language.EN, LocalDate.of(2019, 1, 23)))
        .isEqualTo("2019-01-23");
  }

  @Test
  void aDayNextToAWrittenDateAddsNothing() {
    assertThat(signed("Russia and Belarus signed a treaty on Tuesday, June 4, 2019.", Language.EN, LocalDate.of(2019, 6, 20)))
        .isEqualTo("2019-06-04");
  }

  @Test
  void todayIsTheArticlesDate() {
    assertThat(signed("Gentiloni e al-Sarraj hanno firmato oggi il memorandum Italia-Libia.", Language.IT, LocalDate.of(2017, 2, 2)))
        .isEqualTo("2017-02-02");
  }

  @Test
  void yesterdayIsTheDayBeforeTheArticle() {
    assertThat(signed("Los presidentes de Argentina y Brasil firmaron ayer un protocolo en Ouro Preto.", Language.ES, LocalDate.of(1994, 12, 18)))
        .isEqualTo("1994-12-17");
  }

  /** The signing date of the one treaty the text holds. */
  private static String signed(String text, Language lang, LocalDate published) {
    Extraction x = Read.EXTRACTOR.extract("t", null, text, lang, published);
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).hasSize(1);
    return x.entities().stream().filter(e -> e.kind().equals("Treaty")).findFirst().orElseThrow().signed();
  }
}
