package org.entente.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.extract.Extractor;
import org.entente.extract.Language;
import org.entente.ingest.Article;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The same graph code against a Neo4j server in a container; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jServerIT {

  @Container
  static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2025-community").withAdminPassword("entente-test");

  @Test
  void writesAndReadsThroughAServer() throws Exception {
    try (GraphStore g = GraphStore.open(new GraphStore.Target(NEO4J.getBoltUrl(), "neo4j", "entente-test", null, null, null))) {
      Article a = new Article("s1", "t", "The EU imposed sanctions on Belarus.", LocalDate.of(2022, 3, 2), null, null, "en", "t");
      new GraphWriter(g).write(List.of(new GraphWriter.Item(a, new Extractor().extract("s1", null, a.text(), Language.EN, a.published()))));
      assertThat(TestGraph.count(g, "MATCH (:Entity {id:'EU'})-[r:SANCTIONS]->(:Entity {id:'BLR'}) RETURN count(r)")).isEqualTo(1);
    }
  }
}
