package org.entente.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.extract.Extraction;
import org.entente.extract.Extractor;
import org.entente.extract.Language;
import org.entente.ingest.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

class GraphWriterIT {

  static final Extractor EXTRACTOR = new Extractor();
  GraphStore g;
  GraphWriter writer;

  @BeforeEach
  void setUp() {
    g = TestGraph.empty();
    writer = new GraphWriter(g);
  }

  static GraphWriter.Item item(String id, String text, String published) {
    Article a = new Article(id, "t " + id, text, LocalDate.parse(published), null, null, "en", id);
    Extraction x = EXTRACTOR.extract(id, a.title(), text, Language.EN, a.published());
    return new GraphWriter.Item(a, x);
  }

  private String edge(String cypher) {
    try (Session s = g.session()) {
      return s.executeRead(tx -> tx.run(cypher).single().get(0).toString());
    }
  }

  @Test
  void writingTheSameBatchTwiceChangesNothing() {
    List<GraphWriter.Item> batch = List.of(
        item("a1", "The European Union imposed sanctions on Belarus.", "2022-03-02"),
        item("a2", "The EU imposed new sanctions on Belarus and Russia.", "2022-04-01"));
    writer.write(batch);
    long nodes = TestGraph.count(g, "MATCH (n) RETURN count(n)");
    long rels = TestGraph.count(g, "MATCH ()-[r]->() RETURN count(r)");
    writer.write(batch);
    assertThat(TestGraph.count(g, "MATCH (n) RETURN count(n)")).isEqualTo(nodes);
    assertThat(TestGraph.count(g, "MATCH ()-[r]->() RETURN count(r)")).isEqualTo(rels);
    assertThat(TestGraph.count(g, "MATCH (:Organization {id:'EU'})-[r:SANCTIONS]->(:State {id:'BLR'}) RETURN r.articles")).isEqualTo(2);
  }

  @Test
  void anEdgeKeepsItsFirstAndLastSeenAndItsEvidence() {
    writer.write(List.of(item("a1", "The European Union imposed sanctions on Belarus.", "2022-03-02")));
    writer.write(List.of(item("a2", "The EU imposed new sanctions on Belarus.", "2023-05-01")));
    assertThat(edge("MATCH (:Entity {id:'EU'})-[r:SANCTIONS]->(:Entity {id:'BLR'}) RETURN [r.firstSeen, r.lastSeen, size(r.evidence)]"))
        .isEqualTo("[2022-03-02, 2023-05-01, 2]");
  }

  @Test
  void sanctionsLiftedEndTheEdgeAndReimposedOpenIt() {
    writer.write(List.of(item("a1", "The United States imposed sanctions on Sudan.", "1997-11-03")));
    writer.write(List.of(item("a2", "The United States lifted sanctions on Sudan.", "2017-10-06")));
    assertThat(edge("MATCH (:Entity {id:'USA'})-[r:SANCTIONS]->(:Entity {id:'SDN'}) RETURN r.status")).isEqualTo("\"ended\"");
    writer.write(List.of(item("a3", "The United States imposed sanctions on Sudan.", "2021-11-01")));
    assertThat(edge("MATCH (:Entity {id:'USA'})-[r:SANCTIONS]->(:Entity {id:'SDN'}) RETURN r.status")).isEqualTo("\"active\"");
    // an older article read late does not reopen or close what newer ones say
    writer.write(List.of(item("a0", "The United States lifted sanctions on Sudan.", "1990-01-01")));
    assertThat(edge("MATCH (:Entity {id:'USA'})-[r:SANCTIONS]->(:Entity {id:'SDN'}) RETURN r.status")).isEqualTo("\"active\"");
  }

  @Test
  void aChangedArticleNoLongerSupportsWhatItDropped() {
    writer.write(List.of(item("a1", "The EU imposed sanctions on Belarus.", "2022-03-02")));
    writer.write(List.of(item("a1", "The EU imposed sanctions on Iran.", "2022-03-02")));
    assertThat(TestGraph.count(g, "MATCH (:Entity {id:'EU'})-[r:SANCTIONS]->(:Entity {id:'BLR'}) RETURN count(r)")).isZero();
    assertThat(TestGraph.count(g, "MATCH (:Entity {id:'EU'})-[r:SANCTIONS]->(:Entity {id:'IRN'}) RETURN r.articles")).isEqualTo(1);
    assertThat(TestGraph.count(g, "MATCH (:Article {id:'a1'})-[:MENTIONS]->(n {id:'BLR'}) RETURN count(n)")).isZero();
  }

  @Test
  void alliancesAreStoredOncePerPair() {
    writer.write(List.of(item("a1", "Russia and North Korea formed an alliance.", "2024-06-19"),
        item("a2", "North Korea and Russia are now allies.", "2024-06-20")));
    assertThat(TestGraph.count(g, "MATCH (:State)-[r:ALLIED_WITH]-(:State) RETURN count(DISTINCT r)")).isEqualTo(1);
  }

  @Test
  void aBatchSummedPerEdgeGivesTheSameGraphAsArticlesWrittenOneByOne() {
    List<GraphWriter.Item> batch = List.of(
        item("b1", "The European Union imposed sanctions on Belarus on 2 March 2022.", "2022-03-02"),
        item("b2", "The EU lifted its sanctions on Belarus on 5 May 2023.", "2023-05-06"),
        item("b3", "The EU imposed new sanctions on Belarus.", "2022-04-01"),
        item("b4", "Russia and Belarus are allies. Finland joined NATO.", "2023-04-04"));
    writer.write(batch);
    String summed = graph();
    TestGraph.empty();
    writer.writeOneByOne(batch);
    assertThat(graph()).isEqualTo(summed).contains("ended");
  }

  private String graph() {
    return edge("""
        MATCH (s)-[r]->(t) WHERE NOT s:Article
        WITH s.id + '-' + type(r) + '->' + t.id + ' ' + reduce(x = '', v IN [r.articles, r.status, r.since, r.until,
             r.firstSeen, r.lastSeen, size(r.evidence), size(r.sample)] | x + ' ' + coalesce(toString(v), '-')) AS line
        ORDER BY line
        RETURN collect(line)""") + TestGraph.count(g, "MATCH (:Article)-[m:MENTIONS]->() RETURN count(m)")
        + TestGraph.count(g, "MATCH (:Article)-[:SUPPORTS]->(e:Evidence) RETURN count(e)");
  }
}
