package org.entente.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** GEXF 1.3 with each edge's time interval (since/until), so Gephi's timeline plays the graph's history. */
final class GexfWriter implements SnapshotWriter {

  private final BufferedWriter w;
  private boolean edgesOpen;

  GexfWriter(Path out) throws IOException {
    w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }

  @Override
  public void begin() throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.write("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
    w.write("  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n");
    w.write("    <attributes class=\"node\"><attribute id=\"kind\" title=\"kind\" type=\"string\"/></attributes>\n");
    w.write("    <attributes class=\"edge\"><attribute id=\"type\" title=\"type\" type=\"string\"/>"
        + "<attribute id=\"status\" title=\"status\" type=\"string\"/><attribute id=\"articles\" title=\"articles\" type=\"long\"/></attributes>\n");
    w.write("    <nodes>\n");
  }

  @Override
  public void node(String id, String label, Map<String, Object> props) throws IOException {
    Object name = props.getOrDefault("name", props.getOrDefault("title", id));
    w.write("      <node id=\"" + Xml.esc(id) + "\" label=\"" + Xml.esc(name) + "\"><attvalues><attvalue for=\"kind\" value=\""
        + Xml.esc(label) + "\"/></attvalues></node>\n");
  }

  @Override
  public void endNodes() throws IOException {
    w.write("    </nodes>\n    <edges>\n");
    edgesOpen = true;
  }

  @Override
  public void edge(String id, String source, String type, String target, Map<String, Object> props) throws IOException {
    StringBuilder sb = new StringBuilder("      <edge id=\"" + id + "\" source=\"" + Xml.esc(source) + "\" target=\"" + Xml.esc(target) + "\" label=\"" + type + "\"");
    String start = day(props.get("start"));
    String end = day(props.get("until"));
    if (start != null) sb.append(" start=\"").append(start).append('"');
    if (end != null) sb.append(" end=\"").append(end).append('"');
    sb.append("><attvalues><attvalue for=\"type\" value=\"").append(type).append("\"/>");
    if (props.get("status") != null) sb.append("<attvalue for=\"status\" value=\"").append(Xml.esc(props.get("status"))).append("\"/>");
    if (props.get("articles") != null) sb.append("<attvalue for=\"articles\" value=\"").append(props.get("articles")).append("\"/>");
    sb.append("</attvalues></edge>\n");
    w.write(sb.toString());
  }

  /** GEXF dates are days: "2024" becomes 2024-01-01, "2024-06" 2024-06-01. */
  private static String day(Object v) {
    if (v == null) return null;
    String s = v.toString();
    if (s.length() == 4) return s + "-01-01";
    if (s.length() == 7) return s + "-01";
    return s.length() >= 10 ? s.substring(0, 10) : null;
  }

  @Override
  public void end() throws IOException {
    if (!edgesOpen) endNodes();
    w.write("    </edges>\n  </graph>\n</gexf>\n");
  }

  @Override
  public void close() throws IOException {
    w.close();
  }
}
