// Allies and allies of allies of a state.  $state: ISO alpha-3 code
MATCH (s:State {id: $state})-[r1:ALLIED_WITH]-(a:State)
WHERE r1.status = 'active'
OPTIONAL MATCH (a)-[r2:ALLIED_WITH]-(b:State)
WHERE r2.status = 'active' AND b <> s
RETURN a.id AS ally, collect(DISTINCT b.id) AS alliesOfAlly
ORDER BY ally
