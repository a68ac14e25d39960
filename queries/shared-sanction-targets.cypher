// Which targets do two actors both sanction?  $a, $b: state or organization ids (e.g. USA, EU)
MATCH (x:Entity {id: $a})-[r1:SANCTIONS]->(t:Entity)<-[r2:SANCTIONS]-(y:Entity {id: $b})
RETURN t.id AS target, t.name AS name, r1.status AS statusA, r2.status AS statusB
ORDER BY target
