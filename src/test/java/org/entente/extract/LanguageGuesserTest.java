package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

  private final LanguageGuesser guesser = new LanguageGuesser();

  @Test
  void everyDevelopmentArticleIsToldItsLanguage() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> wrong = new ArrayList<>();
    int n = 0;
    for (String dir : List.of("tune", "heldout")) {
      try (var files = Files.list(Path.of("src/test/resources/devset", dir))) {
        for (Path f : files.toList()) {
          for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            JsonNode a = json.readTree(line);
            n++;
            String got = guesser.guess(a.get("text").asText()).code();
            if (!got.equals(a.get("lang").asText())) wrong.add(a.get("id").asText() + " -> " + got);
          }
        }
      }
    }
    assertThat(n).isGreaterThan(100);
    assertThat(wrong).isEmpty();
  }

  @Test
  void shortTextsAreToldByTheirCommonWords() {
    assertThat(guesser.guess("Die Regierung hat die Sanktionen gegen Russland verlängert.")).isEqualTo(Language.DE);
    assertThat(guesser.guess("Le gouvernement a prolongé les sanctions contre la Russie.")).isEqualTo(Language.FR);
    assertThat(guesser.guess("El Gobierno prorrogó las sanciones contra Rusia.")).isEqualTo(Language.ES);
    assertThat(guesser.guess("Il governo ha prorogato le sanzioni contro la Russia.")).isEqualTo(Language.IT);
    assertThat(guesser.guess("Правительство продлило санкции против России.")).isEqualTo(Language.RU);
    assertThat(guesser.guess("The government extended the sanctions on Russia.")).isEqualTo(Language.EN);
  }
}
