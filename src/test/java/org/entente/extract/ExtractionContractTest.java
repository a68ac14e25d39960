package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the extract contract promises of every object, checked on every development article. */
class ExtractionContractTest {

  @Test
  void everyRelationEndIsAnEntityAndAlliancesAreOrdered() throws Exception {
    ObjectMapper json = new ObjectMapper();
    int relations = 0;
    for (String dir : new String[] {"tune", "heldout"}) {
      try (var files = Files.list(Path.of("src/test/resources/devset", dir))) {
        for (Path f : files.toList()) {
          for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            JsonNode a = json.readTree(line);
            Extraction x = Read.EXTRACTOR.extract(a.get("id").asText(), a.path("title").asText(null), a.get("text").asText(),
                Language.fromCode(a.get("lang").asText()), LocalDate.parse(a.get("published").asText().substring(0, 10)));
            Set<String> ids = new HashSet<>();
            for (Entity e : x.entities()) ids.add(e.id());
            for (Relation r : x.relations()) {
              relations++;
              assertThat(ids).as(a.get("id") + " " + r.key()).contains(r.source(), r.target());
              assertThat(r.status()).isIn(Relation.ACTIVE, Relation.ENDED);
              if (r.type().equals(Relation.ALLIED_WITH)) assertThat(r.source().compareTo(r.target())).isNegative();
              if (r.start() != null) assertThat(a.get("text").asText().substring(r.start(), r.end())).isEqualTo(r.evidence());
            }
          }
        }
      }
    }
    assertThat(relations).isGreaterThan(500);
  }
}
