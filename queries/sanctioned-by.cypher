// Whom does an actor sanction?  $actor: a state's alpha-3 code or an organization id (e.g. EU, WEST, USA)
MATCH (a:Entity {id: $actor})-[r:SANCTIONS]->(target:Entity)
RETURN target.id AS target, target.name AS name, labels(target)[0] AS kind, r.status AS status, r.since AS since,
       r.until AS until, r.articles AS articles
ORDER BY r.status, r.articles DESC, target.id
