package org.entente.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.graph.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Exports the knowledge graph as it held on a date: states, organizations, leaders, treaties and
 * the relations between them with their properties (and, on request, articles and their
 * mentions), streamed from one read transaction into the chosen format.
 */
public final class Snapshot {

  public static final List<String> FORMATS = List.of("graphml", "gexf", "json", "csv", "cypher");

  private static final String NODES = """
      MATCH (n:Entity) RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
      ORDER BY id""";
  // Articles and mentions come in the order of the id index, so nothing is sorted in memory:
  // a sort over a million articles' mentions would exceed the transaction memory limit.
  private static final String ARTICLES = """
      MATCH (n:Article) WHERE n.id IS NOT NULL
      RETURN n.id AS id, 'Article' AS label, properties(n) AS props ORDER BY n.id""";
  private static final String EDGES = """
      MATCH (s:Entity)-[r]->(t:Entity)
      WITH s, r, t, coalesce(r.since, toString(r.firstSeen)) AS start
      WHERE $asOf IS NULL OR start IS NULL OR start <= $asOf
      RETURN elementId(r) AS eid, s.id AS source, type(r) AS type, t.id AS target, properties(r) AS props,
             start AS start, CASE WHEN $asOf IS NOT NULL AND r.until IS NOT NULL AND r.until > $asOf THEN 'active' ELSE r.status END AS status
      ORDER BY source, type, target""";
  private static final String MENTIONS = """
      MATCH (a:Article) WHERE a.id IS NOT NULL
      WITH a ORDER BY a.id
      MATCH (a)-[:MENTIONS]->(n:Entity)
      RETURN a.id AS source, n.id AS target""";

  private Snapshot() {}

  /** Writes the snapshot; {@code asOf} is an ISO date or null for now. Returns nodes and edges written. */
  public static long[] export(GraphStore g, String format, Path out, String asOf, boolean withArticles) throws IOException {
    long[] counts = new long[2];
    try (SnapshotWriter w = writer(format, out); Session s = g.session()) {
      w.begin();
      s.executeRead(tx -> {
        try {
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("asOf", asOf == null ? null : asOf + "~");
          for (var it = tx.run(NODES); it.hasNext(); ) {
            Record r = it.next();
            w.node(r.get("id").asString(), r.get("label").asString("Entity"), props(r.get("props")));
            counts[0]++;
          }
          if (withArticles) {
            for (var it = tx.run(ARTICLES); it.hasNext(); ) {
              Record r = it.next();
              w.node(r.get("id").asString(), "Article", props(r.get("props")));
              counts[0]++;
            }
          }
          w.endNodes();
          for (var it = tx.run(EDGES, p); it.hasNext(); ) {
            Record r = it.next();
            Map<String, Object> props = props(r.get("props"));
            props.remove("statusAsOf");
            props.put("status", r.get("status").asString(null));
            if (!r.get("start").isNull()) props.put("start", r.get("start").asString());
            w.edge("e" + counts[1], r.get("source").asString(), r.get("type").asString(), r.get("target").asString(), props);
            counts[1]++;
          }
          if (withArticles) {
            for (var it = tx.run(MENTIONS); it.hasNext(); ) {
              Record r = it.next();
              w.edge("e" + counts[1], r.get("source").asString(), "MENTIONS", r.get("target").asString(), Map.of());
              counts[1]++;
            }
          }
          w.end();
          return null;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return counts;
  }

  private static Map<String, Object> props(Value v) {
    Map<String, Object> m = new LinkedHashMap<>();
    v.asMap(x -> x.isNull() ? null : plain(x.asObject())).forEach((k, x) -> {
      if (x != null) m.put(k, x);
    });
    return m;
  }

  private static Object plain(Object o) {
    if (o instanceof java.time.temporal.TemporalAccessor t) return t.toString();
    if (o instanceof List<?> l) return l.stream().map(Snapshot::plain).toList();
    return o;
  }

  static SnapshotWriter writer(String format, Path out) throws IOException {
    return switch (format) {
      case "graphml" -> new GraphmlWriter(out);
      case "gexf" -> new GexfWriter(out);
      case "json" -> new CytoscapeJsonWriter(out);
      case "csv" -> new CsvWriter(out);
      case "cypher" -> new CypherWriter(out);
      default -> throw new IllegalArgumentException("unknown format " + format + " (want one of " + FORMATS + ")");
    };
  }
}
