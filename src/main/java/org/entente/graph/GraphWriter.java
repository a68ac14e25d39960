package org.entente.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * {@code UNWIND $rows} statements. Articles the graph does not hold yet (the bulk of any ingest)
 * are CREATEd with their mentions and evidence in one statement, and their relations are summed
 * per edge before they reach the graph, so a popular edge is written once per batch, not once per
 * article. Articles it holds already (changed ones, or a batch redone after a crash) take the
 * general path: everything MERGEd by id, a relation's article count grows only when its evidence
 * is new, and evidence an article no longer asserts is removed and counted down.
 */
public final class GraphWriter {

  /** Relation types and the labels their ends may have; anything else is not written. */
  static final Set<String> TYPES = Set.of(Relation.ALLIED_WITH, Relation.MEMBER_OF, Relation.SANCTIONS,
      Relation.LEADS, Relation.PARTY_TO, Relation.SIGNED);
  static final Set<String> KINDS = Set.of(Entity.STATE, Entity.ORGANIZATION, Entity.LEADER, Entity.TREATY);

  /** An article with what was read in it. */
  public record Item(Article article, Extraction extraction) {}

  private static final String KNOWN = """
      UNWIND $ids AS id
      MATCH (x:Article {id: id})
      RETURN x.id AS id""";

  private static final String NEW_ARTICLES = """
      UNWIND $rows AS a
      CREATE (x:Article {id: a.id, title: a.title, lang: a.lang, url: a.url, source: a.source, hash: a.hash,
          published: CASE WHEN a.published IS NULL THEN null ELSE date(a.published) END})
      FOREACH (row IN a.rows |
          CREATE (x)-[:SUPPORTS]->(:Evidence {id: row.eid, key: row.key, type: row.type, source: row.source,
              target: row.target, status: row.status, date: row.date, sentence: row.sentence, start: row.start,
              end: row.end, article: row.article,
              published: CASE WHEN row.published IS NULL THEN null ELSE date(row.published) END}))
      WITH x, a
      UNWIND a.mentions AS id
      MATCH (n:Entity {id: id})
      CREATE (x)-[:MENTIONS]->(n)""";

  // Only what changes is set: rewriting a popular edge's lists at every batch cost more than the rest.
  private static final String EDGES = """
      UNWIND $rows AS row
      MATCH (s:Entity {id: row.source})
      MATCH (t:Entity {id: row.target})
      MERGE (s)-[r:%s]->(t)
      ON CREATE SET r.articles = 0, r.evidence = [], r.sample = []
      WITH r, row,
           CASE WHEN row.firstSeen IS NULL THEN null ELSE date(row.firstSeen) END AS first,
           CASE WHEN row.lastSeen IS NULL THEN null ELSE date(row.lastSeen) END AS last,
           (r.statusAsOf IS NULL OR row.asOf >= r.statusAsOf) AS newer
      SET r.articles = r.articles + row.count
      SET r += CASE WHEN first IS NOT NULL AND (r.firstSeen IS NULL OR first < r.firstSeen) THEN {firstSeen: first} ELSE {} END
      SET r += CASE WHEN last IS NOT NULL AND (r.lastSeen IS NULL OR last > r.lastSeen) THEN {lastSeen: last} ELSE {} END
      SET r += CASE WHEN size(r.evidence) < 3 THEN {evidence: (r.evidence + row.sentences)[0..3]} ELSE {} END
      SET r += CASE WHEN size(r.sample) < 20 THEN {sample: (r.sample + row.sample)[0..20]} ELSE {} END
      SET r += CASE WHEN row.since IS NOT NULL AND (r.since IS NULL OR row.since < r.since) THEN {since: row.since} ELSE {} END
      SET r += CASE WHEN newer THEN {until: row.until, status: row.status, statusAsOf: row.asOf} ELSE {} END""";

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

  /** Writes the batch in one transaction; what the graph already holds of it is updated, not doubled. */
  public void write(List<Item> items) {
    if (items.isEmpty()) return;
    List<String> ids = items.stream().map(i -> i.article().id()).toList();
    try (Session s = store.session()) {
      s.executeWriteWithoutResult(tx -> {
        Set<String> known = new HashSet<>();
        tx.run(KNOWN, Map.of("ids", ids)).forEachRemaining(r -> known.add(r.get("id").asString()));
        List<Item> fresh = new ArrayList<>();
        List<Item> again = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
        for (Item it : items) {
          boolean isNew = !known.contains(it.article().id()) && inBatch.add(it.article().id());
          (isNew ? fresh : again).add(it);
        }
        GraphRows all = new GraphRows(items);
        for (var e : all.entities.entrySet()) run(tx, String.format(Locale.ROOT, ENTITIES, e.getKey()), new ArrayList<>(e.getValue().values()));
        if (!fresh.isEmpty()) {
          GraphRows rows = again.isEmpty() ? all : new GraphRows(fresh);
          run(tx, NEW_ARTICLES, rows.articles);
          for (var e : rows.evidence.entrySet()) run(tx, String.format(Locale.ROOT, EDGES, e.getKey()), GraphRows.perEdge(e.getValue()));
        }
        if (!again.isEmpty()) {
          GraphRows rows = new GraphRows(again);
          run(tx, ARTICLES, rows.articles);
          run(tx, STALE_EVIDENCE, rows.articles);
          run(tx, STALE_MENTIONS, rows.articles);
          run(tx, MENTIONS, rows.mentions);
          for (var e : rows.evidence.entrySet()) run(tx, String.format(Locale.ROOT, RELATIONS, e.getKey()), e.getValue());
        }
      });
    }
  }

  /** The obvious way, kept to measure against: one transaction per article, every row MERGEd. */
  public void writeOneByOne(List<Item> items) {
    for (Item it : items) {
      GraphRows rows = new GraphRows(List.of(it));
      try (Session s = store.session()) {
        s.executeWriteWithoutResult(tx -> {
          for (var e : rows.entities.entrySet()) run(tx, String.format(Locale.ROOT, ENTITIES, e.getKey()), new ArrayList<>(e.getValue().values()));
          run(tx, ARTICLES, rows.articles);
          run(tx, STALE_EVIDENCE, rows.articles);
          run(tx, STALE_MENTIONS, rows.articles);
          run(tx, MENTIONS, rows.mentions);
          for (var e : rows.evidence.entrySet()) run(tx, String.format(Locale.ROOT, RELATIONS, e.getKey()), e.getValue());
        });
      }
    }
  }

  private static void run(TransactionContext tx, String cypher, List<Map<String, Object>> rows) {
    if (!rows.isEmpty()) tx.run(cypher, Map.of("rows", rows)).consume();
  }
}
