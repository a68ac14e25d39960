package org.entente.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.extract.Entity;
import org.entente.extract.Extraction;
import org.entente.extract.Relation;
import org.entente.ingest.Article;

/** The parameter rows a batch of extracted articles becomes: articles, entities, evidence, and relations summed per edge. */
final class GraphRows {

  final List<Map<String, Object>> articles = new ArrayList<>();
  final Map<String, Map<String, Map<String, Object>>> entities = new LinkedHashMap<>(); // kind -> id -> row
  final List<Map<String, Object>> mentions = new ArrayList<>();
  final Map<String, List<Map<String, Object>>> evidence = new LinkedHashMap<>(); // type -> rows

  GraphRows(List<GraphWriter.Item> items) {
    for (GraphWriter.Item it : items) {
      Article a = it.article();
      Extraction x = it.extraction();
      String published = a.published() == null ? null : a.published().toString();
      List<String> evidenceIds = new ArrayList<>();
      List<String> mentioned = new ArrayList<>();
      List<Map<String, Object>> own = new ArrayList<>();
      for (Entity e : x.entities()) {
        if (!GraphWriter.KINDS.contains(e.kind())) continue;
        entities.computeIfAbsent(e.kind(), k -> new LinkedHashMap<>()).put(e.id(), entityRow(e));
        mentions.add(Map.of("article", a.id(), "id", e.id()));
        mentioned.add(e.id());
      }
      for (Relation r : x.relations()) {
        if (!GraphWriter.TYPES.contains(r.type())) continue;
        String eid = a.id() + "|" + r.key();
        evidenceIds.add(eid);
        Map<String, Object> row = new HashMap<>();
        row.put("article", a.id());
        row.put("eid", eid);
        row.put("key", r.key());
        row.put("type", r.type());
        row.put("source", r.source());
        row.put("target", r.target());
        row.put("status", r.status());
        row.put("date", r.date());
        row.put("sentence", r.evidence());
        row.put("start", r.start());
        row.put("end", r.end());
        row.put("published", published);
        row.put("asOf", asOf(r.date(), published));
        evidence.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(row);
        own.add(row);
      }
      Map<String, Object> art = new HashMap<>();
      art.put("id", a.id());
      art.put("title", a.title());
      art.put("published", published);
      art.put("lang", x.lang());
      art.put("url", a.url());
      art.put("source", a.source());
      art.put("hash", a.contentHash());
      art.put("evidence", evidenceIds);
      art.put("mentions", mentioned);
      art.put("rows", own);
      articles.add(art);
    }
  }

  /**
   * The evidence rows of one type summed per edge, as if each had been applied to the edge in
   * turn: the article count, first and last seen, the first sentences and article ids, the
   * earliest date it held since, and the status of the row with the latest date (the later row on a tie).
   */
  static List<Map<String, Object>> perEdge(List<Map<String, Object>> rows) {
    Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> e = edges.computeIfAbsent((String) row.get("key"), k -> {
        Map<String, Object> m = new HashMap<>();
        m.put("source", row.get("source"));
        m.put("target", row.get("target"));
        m.put("count", 0L);
        m.put("sentences", new ArrayList<String>());
        m.put("sample", new ArrayList<String>());
        return m;
      });
      e.put("count", (Long) e.get("count") + 1);
      String seen = (String) row.get("published");
      if (seen != null) {
        if (e.get("firstSeen") == null || seen.compareTo((String) e.get("firstSeen")) < 0) e.put("firstSeen", seen);
        if (e.get("lastSeen") == null || seen.compareTo((String) e.get("lastSeen")) > 0) e.put("lastSeen", seen);
      }
      addUpTo(e, "sentences", (String) row.get("sentence"), 3);
      addUpTo(e, "sample", (String) row.get("article"), 20);
      String date = (String) row.get("date");
      if (Relation.ACTIVE.equals(row.get("status")) && date != null
          && (e.get("since") == null || date.compareTo((String) e.get("since")) < 0)) e.put("since", date);
      String asOf = (String) row.get("asOf");
      if (e.get("asOf") == null || asOf.compareTo((String) e.get("asOf")) >= 0) {
        e.put("asOf", asOf);
        e.put("status", row.get("status"));
        e.put("until", Relation.ENDED.equals(row.get("status")) ? (date != null ? date : seen) : null);
      }
    }
    return new ArrayList<>(edges.values());
  }

  @SuppressWarnings("unchecked")
  private static void addUpTo(Map<String, Object> e, String field, String value, int max) {
    List<String> l = (List<String>) e.get(field);
    if (l.size() < max) l.add(value);
  }

  private static Map<String, Object> entityRow(Entity e) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", e.id());
    m.put("name", e.name());
    m.put("state", e.state());
    m.put("parties", e.parties());
    m.put("signed", e.signed());
    m.put("ratified", e.ratified());
    m.put("inForce", e.inForce());
    return m;
  }

  /** The date a relation's status holds from: its own date, else the article's, padded to a day. */
  static String asOf(String date, String published) {
    if (date != null) {
      if (date.length() == 4) return date + "-01-01";
      if (date.length() == 7) return date + "-01";
      return date;
    }
    return published == null ? "0000-01-01" : published;
  }
}
