package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

class LatinFoldingFilterTest {

  @Test
  void charactersSkippedAreOnesTheFullTableLeavesAlone() {
    // the filter's shortcut is only sound while Lucene's table folds no Greek or Cyrillic letter
    for (char c = 0; c < 0x530; c++) {
      if (LatinFoldingFilter.foldable(new char[] {c}, 1)) continue;
      char[] out = new char[8];
      int n = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, out, 0, 1);
      assertThat(new String(out, 0, n)).as("U+%04X", (int) c).isEqualTo(String.valueOf(c));
    }
  }

  @Test
  void latinLettersInRussianTextAreStillFolded() {
    assertThat(MatchAnalyzer.key("Macrón", Language.RU)).isEqualTo(MatchAnalyzer.key("Macron", Language.RU));
    assertThat(MatchAnalyzer.key("Кремль", Language.RU)).isEqualTo("кремл");
  }

  @Test
  void asciiAndCyrillicNeedNoFolding() {
    assertThat(LatinFoldingFilter.foldable("kreml".toCharArray(), 5)).isFalse();
    assertThat(LatinFoldingFilter.foldable("кремль".toCharArray(), 6)).isFalse();
    assertThat(LatinFoldingFilter.foldable("élysée".toCharArray(), 6)).isTrue();
  }
}
