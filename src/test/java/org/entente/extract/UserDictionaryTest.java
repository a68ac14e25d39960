package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDictionaryTest {

  @TempDir Path dir;

  @Test
  void userFilesAreMergedOverTheBuiltInOnes() throws Exception {
    Files.createDirectories(dir.resolve("states"));
    Files.writeString(dir.resolve("states/en.tsv"), "# a nickname\nRUS\tname\tRuritania Major\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("leaders.tsv"), "jane-roe\tFRA\thead_of_state\t2020-01-01\t\tJane Roe|Roe\n", StandardCharsets.UTF_8);
    System.setProperty("entente.dict", dir.toString());
    try {
      Extractor x = new Extractor(Gazetteer.load());
      Extraction e = x.extract("u", null, "Jane Roe said Ruritania Major and Germany formed an alliance.", Language.EN, LocalDate.of(2024, 1, 1));
      assertThat(e.relations()).extracting(Relation::key).contains("DEU|ALLIED_WITH|RUS", "jane-roe|LEADS|FRA");
    } finally {
      System.clearProperty("entente.dict");
    }
    Extraction plain = new Extractor(Gazetteer.load()).extract("u", null, "Ruritania Major and Germany formed an alliance.", Language.EN, LocalDate.of(2024, 1, 1));
    assertThat(plain.relations()).isEmpty();
  }
}
