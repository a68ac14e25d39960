package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {

  @Test
  void datelinesOfEachAgencyStyleEndWhereTheStoryBegins() {
    assertThat(Extractor.datelineEnd("ADDIS ABABA, Oct 3 - The AU said")).isEqualTo("ADDIS ABABA".length());
    assertThat(Extractor.datelineEnd("CAIRO (Reuters) - The Arab League")).isEqualTo("CAIRO (Reuters)".length());
    assertThat(Extractor.datelineEnd("MOSKAU/ERIWAN (dpa) - Armenien ist")).isEqualTo("MOSKAU/ERIWAN (dpa)".length());
    assertThat(Extractor.datelineEnd("NEW YORK (Nations unies), 11 juil 2008 (AFP) - La Russie"))
        .isEqualTo("NEW YORK (Nations unies)".length());
    assertThat(Extractor.datelineEnd("(ANSA) - BUCAREST, 3 APR - La Romania")).isEqualTo("(ANSA) - BUCAREST".length());
    assertThat(Extractor.datelineEnd("Luxemburg (dpa) - Die EU hat")).isEqualTo("Luxemburg (dpa)".length());
    assertThat(Extractor.datelineEnd("Den Haag (dpa) - Die Nato")).isEqualTo("Den Haag (dpa)".length());
    assertThat(Extractor.datelineEnd("Luxembourg, 27 octobre 2009 (AFP) - L'Union")).isEqualTo("Luxembourg".length());
    assertThat(Extractor.datelineEnd("ROMA - Il governo ha deciso")).isEqualTo("ROMA ".length());
    assertThat(Extractor.datelineEnd("Montevideo, 26 ago (EFE).- Cuba se convirtió")).isEqualTo("Montevideo".length());
    assertThat(Extractor.datelineEnd("Al Ula (Arabia Saudí), 5 ene (EFE).- Arabia Saudí")).isEqualTo("Al Ula (Arabia Saudí)".length());
  }

  @Test
  void textThatOpensOtherwiseHasNoDateline() {
    assertThat(Extractor.datelineEnd("Russia and China (both permanent members) - as expected")).isZero();
    assertThat(Extractor.datelineEnd("NATO (the alliance) said on Monday")).isZero();
    assertThat(Extractor.datelineEnd("The EU, in a statement, said")).isZero();
    assertThat(Extractor.datelineEnd("Moscow, however, said")).isZero();
    assertThat(Extractor.datelineEnd("Paris, 2 October, said the minister")).isZero();
    assertThat(Extractor.datelineEnd("Paris - the capital - said")).isZero();
    assertThat(Extractor.datelineEnd("EU - the bloc - said")).isZero();
  }

  @Test
  void theDatelinePlaceIsNoMemberOfWhatTheStoryIsAbout() {
    assertThat(Read.relations("en", "CAIRO (Reuters) - The Arab League restored Syria's membership on Sunday.", "MEMBER_OF"))
        .containsExactly("SYR MEMBER_OF ARAB_LEAGUE active");
  }
}
