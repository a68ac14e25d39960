package org.entente.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * The graph's schema: a uniqueness constraint on {@code id} for every node label Entente writes
 * ({@code Entity} is the label all states, organizations, leaders and treaties share, so a
 * relation can be found from two ids alone), and an index on the evidence key.
 */
final class Schema {

  static final List<String> NODE_LABELS = List.of("State", "Organization", "Leader", "Treaty", "Article", "Entity", "Evidence");

  private Schema() {}

  static void create(GraphStore g) {
    List<String> st = new ArrayList<>();
    for (String l : NODE_LABELS) {
      st.add("CREATE CONSTRAINT " + l.toLowerCase(java.util.Locale.ROOT) + "_id IF NOT EXISTS FOR (n:" + l + ") REQUIRE n.id IS UNIQUE");
    }
    st.add("CREATE INDEX evidence_key IF NOT EXISTS FOR (e:Evidence) ON (e.key)");
    g.run(st);
  }
}
