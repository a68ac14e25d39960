// Which states are members of an organization?  $org: organization id (e.g. NATO, EU, BRICS)
MATCH (s:State)-[r:MEMBER_OF]->(o:Organization {id: $org})
RETURN s.id AS state, s.name AS name, r.status AS status, r.since AS since, r.until AS until, r.articles AS articles
ORDER BY r.status, s.id
