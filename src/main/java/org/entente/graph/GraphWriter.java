package org.entente.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.extract.Entity;
import org.entente.extract.Extraction;
import org.entente.extract.Relation;
import org.entente.ingest.Article;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a batch of extracted articles into the graph in one transaction, with a handful of
 * {@code UNWIND $rows} statements. Writing the same article again changes nothing: articles,
 * entities, mentions and evidence are MERGEd by id, and a relation's article count grows only
 * when its evidence is new. Evidence an article no longer asserts is removed and counted down.
 */
public final class GraphWriter {

  /** Relation types and the labels their ends may have; anything else is not written. */
  static final Set<String> TYPES = Set.of(Relation.ALLIED_WITH, Relation.MEMBER_OF, Relation.SANCTIONS,
      Relation.LEADS, Relation.PARTY_TO, Relation.SIGNED);
  static final Set<String> KINDS = Set.of(Entity.STATE, Entity.ORGANIZATION, Entity.LEADER, Entity.TREATY);

  /** An article with what was read in it. */
  public record Item(Article article, Extraction extraction) {}

  private static final String ARTICLES = """
      UNWIND $rows AS a
      MERGE (x:Article {id: a.id})
      SET x.title = a.title, x.published = CASE WHEN a.published IS NULL THEN null ELSE date(a.published) END,
          x.lang = a.lang, x.url = a.url, x.source = a.source, x.hash = a.hash""";

  private static final String STALE_EVIDENCE = """
      UNWIND $rows AS a
      MATCH (:Article {id: a.id})-[:SUPPORTS]->(e:Evidence)
      WHERE NOT e.id IN a.evidence
      OPTIONAL MATCH (s:Entity {id: e.source})-[r]->(t:Entity {id: e.target}) WHERE type(r) = e.type
      SET r.articles = r.articles - 1
      DETACH DELETE e
      WITH DISTINCT r WHERE r IS NOT NULL AND r.articles <= 0
      DELETE r""";

  private static final String STALE_MENTIONS = """
      UNWIND $rows AS a
      MATCH (:Article {id: a.id})-[m:MENTIONS]->(n:Entity)
      WHERE NOT n.id IN a.mentions
      DELETE m""";

  private static final String ENTITIES = """
      UNWIND $rows AS e
      MERGE (n:Entity {id: e.id})
      SET n:%s, n.name = coalesce(n.name, e.name), n.state = coalesce(e.state, n.state),
          n.parties = coalesce(e.parties, n.parties), n.signed = coalesce(n.signed, e.signed),
          n.ratified = coalesce(n.ratified, e.ratified), n.inForce = coalesce(n.inForce, e.inForce)""";

  private static final String MENTIONS = """
      UNWIND $rows AS m
      MATCH (x:Article {id: m.article})
      MATCH (n:Entity {id: m.id})
      MERGE (x)-[:MENTIONS]->(n)""";

  private static final String RELATIONS = """
      UNWIND $rows AS row
      MATCH (x:Article {id: row.article})
      MATCH (s:Entity {id: row.source})
      MATCH (t:Entity {id: row.target})
      MERGE (e:Evidence {id: row.eid})
      ON CREATE SET e.fresh = true
      SET e.key = row.key, e.type = row.type, e.source = row.source, e.target = row.target,
          e.status = row.status, e.date = row.date, e.sentence = row.sentence, e.start = row.start,
          e.end = row.end, e.article = row.article,
          e.published = CASE WHEN row.published IS NULL THEN null ELSE date(row.published) END
      MERGE (x)-[:SUPPORTS]->(e)
      WITH s, t, e, row, coalesce(e.fresh, false) AS fresh
      REMOVE e.fresh
      MERGE (s)-[r:%s]->(t)
      ON CREATE SET r.articles = 0, r.evidence = [], r.sample = []
      WITH r, row, fresh,
           CASE WHEN row.published IS NULL THEN null ELSE date(row.published) END AS seen,
           (r.statusAsOf IS NULL OR row.asOf >= r.statusAsOf) AS newer
      SET r.articles = r.articles + CASE WHEN fresh THEN 1 ELSE 0 END,
          r.firstSeen = CASE WHEN seen IS NOT NULL AND (r.firstSeen IS NULL OR seen < r.firstSeen) THEN seen ELSE r.firstSeen END,
          r.lastSeen = CASE WHEN seen IS NOT NULL AND (r.lastSeen IS NULL OR seen > r.lastSeen) THEN seen ELSE r.lastSeen END,
          r.evidence = CASE WHEN fresh AND size(r.evidence) < 3 THEN r.evidence + row.sentence ELSE r.evidence END,
          r.sample = CASE WHEN fresh AND size(r.sample) < 20 THEN r.sample + row.article ELSE r.sample END,
          r.since = CASE WHEN row.status = 'active' AND row.date IS NOT NULL AND (r.since IS NULL OR row.date < r.since) THEN row.date ELSE r.since END,
          r.until = CASE WHEN row.status = 'ended' AND newer THEN coalesce(row.date, toString(seen)) WHEN row.status = 'active' AND newer THEN null ELSE r.until END,
          r.status = CASE WHEN newer THEN row.status ELSE r.status END,
          r.statusAsOf = CASE WHEN newer THEN row.asOf ELSE r.statusAsOf END""";

  private final GraphStore store;

  public GraphWriter(GraphStore store) {
    this.store = store;
  }

  public void write(List<Item> items) {
    if (items.isEmpty()) return;
    List<Map<String, Object>> articles = new ArrayList<>();
    Map<String, Map<String, Map<String, Object>>> entities = new HashMap<>();
    List<Map<String, Object>> mentions = new ArrayList<>();
    Map<String, List<Map<String, Object>>> relations = new LinkedHashMap<>();
    for (Item it : items) {
      Article a = it.article();
      Extraction x = it.extraction();
      List<String> evidence = new ArrayList<>();
      List<String> mentioned = new ArrayList<>();
      for (Entity e : x.entities()) {
        if (!KINDS.contains(e.kind())) continue;
        entities.computeIfAbsent(e.kind(), k -> new LinkedHashMap<>()).put(e.id(), entityRow(e));
        mentions.add(Map.of("article", a.id(), "id", e.id()));
        mentioned.add(e.id());
      }
      for (Relation r : x.relations()) {
        if (!TYPES.contains(r.type())) continue;
        String eid = a.id() + "|" + r.key();
        evidence.add(eid);
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
        row.put("published", a.published() == null ? null : a.published().toString());
        row.put("asOf", asOf(r.date(), a));
        relations.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(row);
      }
      Map<String, Object> art = new HashMap<>();
      art.put("id", a.id());
      art.put("title", a.title());
      art.put("published", a.published() == null ? null : a.published().toString());
      art.put("lang", x.lang());
      art.put("url", a.url());
      art.put("source", a.source());
      art.put("hash", a.contentHash());
      art.put("evidence", evidence);
      art.put("mentions", mentioned);
      articles.add(art);
    }
    try (Session s = store.session()) {
      s.executeWriteWithoutResult(tx -> {
        run(tx, ARTICLES, articles);
        run(tx, STALE_EVIDENCE, articles);
        run(tx, STALE_MENTIONS, articles);
        for (var e : entities.entrySet()) run(tx, String.format(java.util.Locale.ROOT, ENTITIES, e.getKey()), new ArrayList<>(e.getValue().values()));
        run(tx, MENTIONS, mentions);
        for (var e : relations.entrySet()) run(tx, String.format(java.util.Locale.ROOT, RELATIONS, e.getKey()), e.getValue());
      });
    }
  }

  private static void run(TransactionContext tx, String cypher, List<Map<String, Object>> rows) {
    if (!rows.isEmpty()) tx.run(cypher, Map.of("rows", rows)).consume();
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
  static String asOf(String date, Article a) {
    if (date != null) {
      if (date.length() == 4) return date + "-01-01";
      if (date.length() == 7) return date + "-01";
      return date;
    }
    return a.published() == null ? "0000-01-01" : a.published().toString();
  }
}
