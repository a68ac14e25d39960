package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/** Prints Cypher results as an aligned table, a JSON array of objects, or CSV. */
final class ResultPrinter {

  private ResultPrinter() {}

  static void print(List<String> keys, List<Record> rows, String format, PrintWriter out) throws Exception {
    List<Map<String, Object>> maps = new ArrayList<>();
    for (Record r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (String k : keys) m.put(k, plain(r.get(k)));
      maps.add(m);
    }
    switch (format) {
      case "json" -> out.println(new ObjectMapper().writeValueAsString(maps));
      case "csv" -> {
        out.println(String.join(",", keys.stream().map(ResultPrinter::csv).toList()));
        for (Map<String, Object> m : maps) out.println(String.join(",", m.values().stream().map(v -> csv(text(v))).toList()));
      }
      default -> table(keys, maps, out);
    }
  }

  static Object plain(Value v) {
    if (v == null || v.isNull()) return null;
    Object o = v.asObject();
    return plainObject(o);
  }

  private static Object plainObject(Object o) {
    if (o instanceof Node n) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("labels", n.labels());
      n.asMap(ResultPrinter::plain).forEach(m::put);
      return m;
    }
    if (o instanceof Relationship r) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", r.type());
      r.asMap(ResultPrinter::plain).forEach(m::put);
      return m;
    }
    if (o instanceof List<?> l) return l.stream().map(ResultPrinter::plainObject).toList();
    if (o instanceof Map<?, ?> mm) {
      Map<String, Object> m = new LinkedHashMap<>();
      mm.forEach((k, v) -> m.put(String.valueOf(k), plainObject(v)));
      return m;
    }
    if (o instanceof java.time.temporal.TemporalAccessor t) return t.toString();
    return o;
  }

  private static String text(Object v) {
    if (v == null) return "";
    if (v instanceof String s) return s;
    try {
      return v instanceof Number || v instanceof Boolean ? v.toString() : new ObjectMapper().writeValueAsString(v);
    } catch (Exception e) {
      return String.valueOf(v);
    }
  }

  private static String csv(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) return "\"" + s.replace("\"", "\"\"") + "\"";
    return s;
  }

  private static void table(List<String> keys, List<Map<String, Object>> rows, PrintWriter out) {
    int[] w = new int[keys.size()];
    List<List<String>> cells = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) w[i] = keys.get(i).length();
    for (Map<String, Object> m : rows) {
      List<String> c = new ArrayList<>();
      int i = 0;
      for (Object v : m.values()) {
        String s = text(v).replace('\n', ' ');
        if (s.length() > 80) s = s.substring(0, 79) + "…";
        w[i] = Math.max(w[i], s.length());
        c.add(s);
        i++;
      }
      cells.add(c);
    }
    StringBuilder head = new StringBuilder();
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) {
      head.append(pad(keys.get(i), w[i])).append(i + 1 < keys.size() ? " | " : "");
      rule.append("-".repeat(w[i])).append(i + 1 < keys.size() ? "-+-" : "");
    }
    out.println(head.toString().stripTrailing());
    out.println(rule);
    for (List<String> c : cells) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < c.size(); i++) sb.append(pad(c.get(i), w[i])).append(i + 1 < c.size() ? " | " : "");
      out.println(sb.toString().stripTrailing());
    }
    out.printf(java.util.Locale.ROOT, "(%d row%s)%n", rows.size(), rows.size() == 1 ? "" : "s");
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }
}
