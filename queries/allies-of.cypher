// Who are the allies of a state?  $state: ISO alpha-3 code (e.g. RUS)
// An alliance is stored once per pair and matched without direction.
MATCH (s:State {id: $state})-[r:ALLIED_WITH]-(ally:State)
RETURN ally.id AS ally, ally.name AS name, r.status AS status, r.since AS since, r.articles AS articles
ORDER BY r.status, r.articles DESC, ally.id
