// Who sanctions a state?  $state: ISO alpha-3 code of the target (e.g. IRN)
MATCH (actor:Entity)-[r:SANCTIONS]->(s:State {id: $state})
RETURN actor.id AS actor, actor.name AS name, r.status AS status, r.since AS since, r.until AS until, r.articles AS articles
ORDER BY r.status, r.articles DESC, actor.id
