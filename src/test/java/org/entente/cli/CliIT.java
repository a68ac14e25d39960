package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Each command end to end on the seed articles: embedded Neo4j over Bolt and a real Lucene index. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliIT {

  @TempDir static Path dir;
  static Path data;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      String[] all = new String[args.length + 2];
      System.arraycopy(args, 0, all, 0, args.length);
      all[args.length] = "--data-dir";
      all[args.length + 1] = data.toString();
      int code = Main.execute(args.length > 0 && args[0].equals("extract") || args[0].equals("score") ? args : all);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @BeforeAll
  static void ingestSeeds() {
    data = dir.resolve("data");
    Run r = run("ingest", "seeds");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("read 17, new 17");
  }

  @Test
  @Order(1)
  void reingestingChangesNothing() throws Exception {
    JsonNode before = new ObjectMapper().readTree(run("stats", "--json").out());
    Run r = run("ingest", "seeds");
    assertThat(r.out()).contains("unchanged 17");
    JsonNode after = new ObjectMapper().readTree(run("stats", "--json").out());
    assertThat(after).isEqualTo(before);
    assertThat(after.get("articles").asInt()).isEqualTo(17);
    assertThat(after.at("/nodes/Article").asInt()).isEqualTo(17);
  }

  @Test
  void alliesOfRussiaIncludeNorthKorea() throws Exception {
    Run r = run("query", "queries/allies-of.cypher", "--param", "state=RUS", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).findValuesAsText("ally")).contains("PRK");
  }

  @Test
  void userCypherIsReadOnlyUnlessAsked() {
    Run r = run("query", "-e", "CREATE (n:Junk) RETURN n");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--write").doesNotContain("\tat ");
  }

  @Test
  void parametersAreTyped() throws Exception {
    Run r = run("query", "-e", "RETURN $n + 1 AS n, $l AS l", "--param", "n=41", "--param", "l=[a,b]", "--format", "json");
    assertThat(r.out().strip()).isEqualTo("[{\"n\":42,\"l\":[\"a\",\"b\"]}]");
  }

  @Test
  void searchFindsTheSeedInFrench() {
    Run r = run("search", "défense mutuelle", "--json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Corée du Nord");
  }

  @Test
  void evidenceShowsTheSentence() {
    Run r = run("evidence", "RUS", "ALLIED_WITH", "PRK");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("partenariat de défense mutuelle");
  }

  @Test
  void graphmlExportHoldsTheSeedGraph() throws Exception {
    Path out = dir.resolve("g.graphml");
    assertThat(run("export", "--format", "graphml", "--out", out.toString()).code()).isZero();
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    assertThat(d.getElementsByTagName("node").getLength()).isGreaterThan(5);
    assertThat(d.getElementsByTagName("edge").getLength()).isGreaterThan(3);
    assertThat(Files.readString(out)).contains("\"PRK\"", "\"RUS\"", "ALLIED_WITH");
  }

  /** The source graph's relation edges as "SOURCE TYPE TARGET" lines, to compare exports with. */
  private static java.util.Set<String> relationEdges() throws Exception {
    JsonNode rows = new ObjectMapper().readTree(run("query", "-e",
        "MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id + ' ' + type(r) + ' ' + t.id AS e", "--format", "json").out());
    java.util.Set<String> out = new java.util.TreeSet<>();
    rows.forEach(r -> out.add(r.get("e").asText()));
    return out;
  }

  @Test
  void graphmlReadsBackIntoJGraphTAsTheSameGraph() throws Exception {
    Path out = dir.resolve("jg.graphml");
    assertThat(run("export", "--format", "graphml", "--out", out.toString()).code()).isZero();
    var graph = new org.jgrapht.graph.DirectedPseudograph<String, org.jgrapht.graph.DefaultEdge>(org.jgrapht.graph.DefaultEdge.class);
    var types = new java.util.HashMap<org.jgrapht.graph.DefaultEdge, String>();
    var labels = new java.util.HashMap<String, String>();
    var importer = new org.jgrapht.nio.graphml.GraphMLImporter<String, org.jgrapht.graph.DefaultEdge>();
    importer.setVertexFactory(id -> id);
    importer.addVertexAttributeConsumer((p, a) -> {
      if (p.getSecond().equals("label")) labels.put(p.getFirst(), a.getValue());
    });
    importer.addEdgeAttributeConsumer((p, a) -> {
      if (p.getSecond().equals("type")) types.put(p.getFirst(), a.getValue());
    });
    importer.importGraph(graph, out.toFile());
    java.util.Set<String> read = new java.util.TreeSet<>();
    for (var e : graph.edgeSet()) read.add(graph.getEdgeSource(e) + " " + types.get(e) + " " + graph.getEdgeTarget(e));
    assertThat(read).isEqualTo(relationEdges()).contains("PRK ALLIED_WITH RUS");
    assertThat(labels).containsEntry("RUS", "State");
  }

  @Test
  void gexfReadsBackIntoJGraphTAsTheSameGraph() throws Exception {
    Path out = dir.resolve("jg.gexf");
    assertThat(run("export", "--format", "gexf", "--out", out.toString()).code()).isZero();
    var graph = new org.jgrapht.graph.DirectedPseudograph<String, org.jgrapht.graph.DefaultEdge>(org.jgrapht.graph.DefaultEdge.class);
    var types = new java.util.HashMap<org.jgrapht.graph.DefaultEdge, String>();
    var importer = new org.jgrapht.nio.gexf.SimpleGEXFImporter<String, org.jgrapht.graph.DefaultEdge>();
    importer.setSchemaValidation(false); // JGraphT knows the GEXF 1.2 schema; the export is GEXF 1.3 (Gephi 0.9+)
    importer.setVertexFactory(id -> id);
    importer.addEdgeAttributeConsumer((p, a) -> {
      if (p.getSecond().equals("label") || p.getSecond().equals("type")) types.putIfAbsent(p.getFirst(), a.getValue());
    });
    importer.importGraph(graph, out.toFile());
    java.util.Set<String> read = new java.util.TreeSet<>();
    for (var e : graph.edgeSet()) read.add(graph.getEdgeSource(e) + " " + types.get(e) + " " + graph.getEdgeTarget(e));
    assertThat(read).isEqualTo(relationEdges());
  }

  @Test
  void jsonAndCsvExportsParse() throws Exception {
    Path json = dir.resolve("g.json");
    assertThat(run("export", "--format", "json", "--out", json.toString()).code()).isZero();
    JsonNode el = new ObjectMapper().readTree(json.toFile()).get("elements");
    assertThat(el.get("nodes").size()).isGreaterThan(5);
    Path csv = dir.resolve("csv");
    assertThat(run("export", "--format", "csv", "--out", csv.toString()).code()).isZero();
    assertThat(Files.readAllLines(csv.resolve("relationships.csv")).get(0)).startsWith(":START_ID,:END_ID,:TYPE");
  }

  @Test
  void cypherExportRebuildsTheSameGraphInAnEmptyNeo4j() throws Exception {
    Path script = dir.resolve("g.cypher");
    assertThat(run("export", "--format", "cypher", "--out", script.toString()).code()).isZero();
    JsonNode src = new ObjectMapper().readTree(run("query", "-e",
        "MATCH (n:Entity) WITH count(n) AS n MATCH (:Entity)-[r]->(:Entity) RETURN n, count(r) AS r", "--format", "json").out());
    var g = org.entente.graph.TestGraph.empty();
    try (var session = g.session()) {
      for (String line : Files.readAllLines(script)) {
        if (line.isBlank() || line.startsWith("//")) continue;
        session.run(line.substring(0, line.length() - 1)).consume();
      }
    }
    assertThat(org.entente.graph.TestGraph.count(g, "MATCH (n:Entity) RETURN count(n)")).isEqualTo(src.get(0).get("n").asLong());
    assertThat(org.entente.graph.TestGraph.count(g, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)")).isEqualTo(src.get(0).get("r").asLong());
    assertThat(org.entente.graph.TestGraph.count(g, "MATCH (:State {id:'PRK'})-[r:ALLIED_WITH]-(:State {id:'RUS'}) RETURN count(r)")).isEqualTo(1);
  }

  @Test
  void gexfExportCarriesTimeIntervals() throws Exception {
    Path out = dir.resolve("g.gexf");
    assertThat(run("export", "--format", "gexf", "--out", out.toString()).code()).isZero();
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    assertThat(d.getElementsByTagName("edge").getLength()).isGreaterThan(3);
    assertThat(Files.readString(out)).contains("start=\"2024-11-12\"");
  }

  @Test
  void diffShowsWhatAppearedBetweenTwoDates() {
    Run r = run("diff", "--from", "2020-01-01", "--to", "2025-01-01", "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("appeared,PRK,ALLIED_WITH,RUS");
    assertThat(run("diff", "--from", "2020-01-01", "--to", "2021-01-01", "--format", "csv").out()).doesNotContain("PRK,ALLIED_WITH,RUS");
  }

  @Test
  void demoIngestsTheSeedsAndAnswers() {
    Run r = run("demo");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Who are the allies of Russia?").contains("PRK  | North Korea");
  }

  @Test
  void extractPrintsTheContractJson() throws Exception {
    Run r = run("extract", "seeds/000_b33d9855ab91fc24.txt", "--format", "jsonl");
    JsonNode x = new ObjectMapper().readTree(r.out());
    assertThat(x.get("lang").asText()).isEqualTo("fr");
    assertThat(x.get("relations").findValuesAsText("type")).contains("ALLIED_WITH", "SANCTIONS");
  }

  @Test
  void badUsageExitsTwoAndMissingFilesOne() {
    assertThat(run("search").code()).isIn(0, 2);
    assertThat(Main.execute("nosuchcommand")).isEqualTo(2);
    assertThat(run("ingest", "no/such/path").code()).isEqualTo(1);
  }
}
