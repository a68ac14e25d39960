package org.entente.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * CSV in neo4j-admin import form, into a directory: {@code nodes.csv} (id:ID, :LABEL, ...) and
 * {@code relationships.csv} (:START_ID, :END_ID, :TYPE, ...), lists joined with ';'.
 */
final class CsvWriter implements SnapshotWriter {

  private static final List<String> NODE = List.of("name", "state", "parties", "signed", "ratified", "inForce", "title", "published", "lang");
  private static final List<String> EDGE = List.of("status", "articles", "firstSeen", "lastSeen", "since", "until");

  private final BufferedWriter nodes;
  private final BufferedWriter rels;

  CsvWriter(Path dir) throws IOException {
    Files.createDirectories(dir);
    nodes = Files.newBufferedWriter(dir.resolve("nodes.csv"), StandardCharsets.UTF_8);
    rels = Files.newBufferedWriter(dir.resolve("relationships.csv"), StandardCharsets.UTF_8);
  }

  @Override
  public void begin() throws IOException {
    nodes.write("id:ID,:LABEL,name,state,parties:string[],signed,ratified,inForce,title,published,lang\n");
    rels.write(":START_ID,:END_ID,:TYPE,status,articles:long,firstSeen,lastSeen,since,until\n");
  }

  @Override
  public void node(String id, String label, Map<String, Object> props) throws IOException {
    StringBuilder sb = new StringBuilder(cell(id)).append(',').append(label.equals("Article") ? "Article" : label + ";Entity");
    for (String k : NODE) sb.append(',').append(cell(props.get(k)));
    nodes.write(sb.append('\n').toString());
  }

  @Override
  public void edge(String id, String source, String type, String target, Map<String, Object> props) throws IOException {
    StringBuilder sb = new StringBuilder(cell(source)).append(',').append(cell(target)).append(',').append(type);
    for (String k : EDGE) sb.append(',').append(cell(props.get(k)));
    rels.write(sb.append('\n').toString());
  }

  static String cell(Object v) {
    if (v == null) return "";
    String s = v instanceof List<?> l ? String.join(";", l.stream().map(String::valueOf).toList()) : String.valueOf(v);
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) return "\"" + s.replace("\"", "\"\"") + "\"";
    return s;
  }

  @Override
  public void end() {}

  @Override
  public void close() throws IOException {
    try {
      nodes.close();
    } finally {
      rels.close();
    }
  }
}
