// A state's relations in date order.  $state: ISO alpha-3 code
// The types are named in the pattern, so a state's many MENTIONS edges are never walked.
MATCH (s:State {id: $state})-[r:ALLIED_WITH|MEMBER_OF|SANCTIONS|LEADS|PARTY_TO|SIGNED]-(other:Entity)
RETURN coalesce(r.since, toString(r.firstSeen)) AS date, startNode(r).id AS source, type(r) AS type, endNode(r).id AS target,
       r.status AS status, r.until AS until, r.articles AS articles
ORDER BY date, type, source, target
