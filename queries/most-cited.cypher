// The relations backed by the most articles.  $limit: how many (e.g. 20)
MATCH (s:Entity)-[r:ALLIED_WITH|MEMBER_OF|SANCTIONS|LEADS|PARTY_TO|SIGNED]->(t:Entity)
WHERE r.articles IS NOT NULL
RETURN s.id AS source, type(r) AS type, t.id AS target, r.status AS status, r.articles AS articles
ORDER BY articles DESC, source, type, target
LIMIT $limit
