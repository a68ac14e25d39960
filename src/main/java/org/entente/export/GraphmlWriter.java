package org.entente.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** GraphML with typed attribute keys, as Gephi, yEd, NetworkX and JGraphT read it. */
final class GraphmlWriter implements SnapshotWriter {

  static final Map<String, String> NODE_KEYS = new LinkedHashMap<>();
  static final Map<String, String> EDGE_KEYS = new LinkedHashMap<>();

  static {
    for (String k : new String[] {"label", "name", "state", "parties", "signed", "ratified", "inForce", "title",
        "published", "lang", "url", "source"}) NODE_KEYS.put(k, "string");
    for (String k : new String[] {"type", "status", "firstSeen", "lastSeen", "since", "until", "start", "evidence", "sample"}) EDGE_KEYS.put(k, "string");
    EDGE_KEYS.put("articles", "long");
  }

  private final BufferedWriter w;

  GraphmlWriter(Path out) throws IOException {
    w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }

  @Override
  public void begin() throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    for (var k : NODE_KEYS.entrySet()) {
      w.write("  <key id=\"n_" + k.getKey() + "\" for=\"node\" attr.name=\"" + k.getKey() + "\" attr.type=\"" + k.getValue() + "\"/>\n");
    }
    for (var k : EDGE_KEYS.entrySet()) {
      w.write("  <key id=\"e_" + k.getKey() + "\" for=\"edge\" attr.name=\"" + k.getKey() + "\" attr.type=\"" + k.getValue() + "\"/>\n");
    }
    w.write("  <graph id=\"entente\" edgedefault=\"directed\">\n");
  }

  @Override
  public void node(String id, String label, Map<String, Object> props) throws IOException {
    w.write("    <node id=\"" + Xml.esc(id) + "\">");
    w.write("<data key=\"n_label\">" + Xml.esc(label) + "</data>");
    for (var e : props.entrySet()) {
      if (NODE_KEYS.containsKey(e.getKey())) w.write("<data key=\"n_" + e.getKey() + "\">" + Xml.esc(e.getValue()) + "</data>");
    }
    w.write("</node>\n");
  }

  @Override
  public void edge(String id, String source, String type, String target, Map<String, Object> props) throws IOException {
    w.write("    <edge id=\"" + id + "\" source=\"" + Xml.esc(source) + "\" target=\"" + Xml.esc(target) + "\">");
    w.write("<data key=\"e_type\">" + Xml.esc(type) + "</data>");
    for (var e : props.entrySet()) {
      if (EDGE_KEYS.containsKey(e.getKey()) && !e.getKey().equals("type")) {
        w.write("<data key=\"e_" + e.getKey() + "\">" + Xml.esc(e.getValue()) + "</data>");
      }
    }
    w.write("</edge>\n");
  }

  @Override
  public void end() throws IOException {
    w.write("  </graph>\n</graphml>\n");
  }

  @Override
  public void close() throws IOException {
    w.close();
  }
}
