// How are two states linked through alliances?  $from, $to: ISO alpha-3 codes
// The shortest chain of active ALLIED_WITH edges between them (none when they are not linked).
MATCH (a:State {id: $from}), (b:State {id: $to})
MATCH p = shortestPath((a)-[:ALLIED_WITH*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.status = 'active')
RETURN [n IN nodes(p) | n.id] AS path, length(p) AS hops
