package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {

  private final DateFinder finder = new DateFinder();
  private final LocalDate published = LocalDate.of(2024, 11, 25);

  private String first(String text, Language l) {
    var d = finder.find(text, l, published);
    return d.isEmpty() ? null : d.get(0).iso();
  }

  @Test
  void readsEachLanguagesDayMonthYear() {
    assertThat(first("Le 12 novembre 2024, la Russie", Language.FR)).isEqualTo("2024-11-12");
    assertThat(first("am 4. April 2023 trat Finnland bei", Language.DE)).isEqualTo("2023-04-04");
    assertThat(first("el 19 de junio de 2024", Language.ES)).isEqualTo("2024-06-19");
    assertThat(first("il 19 giugno 2024", Language.IT)).isEqualTo("2024-06-19");
    assertThat(first("19 июня 2024 года", Language.RU)).isEqualTo("2024-06-19");
    assertThat(first("on June 19, 2024", Language.EN)).isEqualTo("2024-06-19");
    assertThat(first("on 2024-06-19", Language.EN)).isEqualTo("2024-06-19");
  }

  @Test
  void partialDatesTakeTheLatestYearNotAfterPublication() {
    assertThat(first("ratifié le 11 novembre", Language.FR)).isEqualTo("2024-11-11");
    assertThat(first("signé le 3 décembre", Language.FR)).isEqualTo("2023-12-03");
  }

  @Test
  void monthsAndYearsKeepTheirPrecision() {
    assertThat(first("en juin 2024", Language.FR)).isEqualTo("2024-06");
    assertThat(first("depuis 2022", Language.FR)).isEqualTo("2022");
  }

  @Test
  void numbersThatAreNotDatesAreLeftAlone() {
    assertThat(first("a budget of 2,024 million and 12 members", Language.EN)).isNull();
  }
}
