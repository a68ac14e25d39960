package org.entente.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A Cypher script that rebuilds the snapshot in an empty Neo4j: one statement a line, ending with ';'. */
final class CypherWriter implements SnapshotWriter {

  private final BufferedWriter w;

  CypherWriter(Path out) throws IOException {
    w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }

  @Override
  public void begin() throws IOException {
    w.write("// Entente graph snapshot. Run with cypher-shell -f, or paste into Neo4j Browser.\n");
    w.write("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n");
    w.write("CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;\n");
  }

  @Override
  public void node(String id, String label, Map<String, Object> props) throws IOException {
    String labels = label.equals("Article") ? "Article" : "Entity:" + label;
    String key = label.equals("Article") ? "Article" : "Entity";
    w.write("MERGE (n:" + key + " {id: " + lit(id) + "}) SET n:" + labels + ", n += " + map(props) + ";\n");
  }

  @Override
  public void edge(String id, String source, String type, String target, Map<String, Object> props) throws IOException {
    String a = type.equals("MENTIONS") ? "Article" : "Entity";
    w.write("MATCH (a:" + a + " {id: " + lit(source) + "}), (b:Entity {id: " + lit(target) + "}) MERGE (a)-[r:" + type
        + "]->(b) SET r += " + map(props) + ";\n");
  }

  static String map(Map<String, Object> props) {
    StringBuilder sb = new StringBuilder("{");
    for (var e : props.entrySet()) {
      if (e.getValue() == null) continue;
      if (sb.length() > 1) sb.append(", ");
      sb.append('`').append(e.getKey().replace("`", "``")).append("`: ").append(lit(e.getValue()));
    }
    return sb.append('}').toString();
  }

  static String lit(Object v) {
    if (v instanceof Number || v instanceof Boolean) return v.toString();
    if (v instanceof List<?> l) return "[" + String.join(", ", l.stream().map(CypherWriter::lit).toList()) + "]";
    String s = String.valueOf(v);
    StringBuilder sb = new StringBuilder("'");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\'' -> sb.append("\\'");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    return sb.append('\'').toString();
  }

  @Override
  public void end() {}

  @Override
  public void close() throws IOException {
    w.close();
  }
}
