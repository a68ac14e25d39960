// Who leads a state, according to the articles?  $state: ISO alpha-3 code
MATCH (l:Leader)-[r:LEADS]->(s:State {id: $state})
RETURN l.id AS leader, l.name AS name, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.articles AS articles
ORDER BY r.lastSeen DESC, r.articles DESC
