package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekdaysTest {

  @Test
  void aDayOfTheWeekIsTheLatestSuchDayUpToTheArticlesDate() {
    // 23 January 2019 was a Wednesday: "mardi" is the day before, "mercredi" the same day
    Extraction x = Read.EXTRACTOR.extract("t", null, "Paris et Berlin ont signé mardi un traité de coopération.", Language.FR,
        LocalDate.of(2019, 1, 23));
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).singleElement()
        .satisfies(t -> assertThat(t.signed()).isEqualTo("2019-01-22"));
    Extraction y = Read.EXTRACTOR.extract("t", null, "Russia and Belarus signed a treaty on Wednesday.", Language.EN,
        LocalDate.of(2019, 1, 23));
    assertThat(y.entities()).filteredOn(e -> e.kind().equals("Treaty")).singleElement()
        .satisfies(t -> assertThat(t.signed()).isEqualTo("2019-01-23"));
  }

  @Test
  void aDayNextToAWrittenDateAddsNothing() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Russia and Belarus signed a treaty on Tuesday, June 4, 2019.", Language.EN,
        LocalDate.of(2019, 6, 20));
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).singleElement()
        .satisfies(t -> assertThat(t.signed()).isEqualTo("2019-06-04"));
  }

  @Test
  void todayIsTheArticlesDate() {
    Extraction x = Read.EXTRACTOR.extract("t", null, "Gentiloni e al-Sarraj hanno firmato oggi il memorandum Italia-Libia.", Language.IT,
        LocalDate.of(2017, 2, 2));
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).singleElement()
        .satisfies(t -> assertThat(t.signed()).isEqualTo("2017-02-02"));
  }
}
