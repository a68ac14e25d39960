// States that share an alliance or an organization with a state.  $state: ISO alpha-3 code
MATCH (s:State {id: $state})-[:MEMBER_OF]->(o:Organization)<-[:MEMBER_OF]-(other:State)
RETURN other.id AS state, 'member of ' + o.id AS link
UNION
MATCH (s:State {id: $state})-[:ALLIED_WITH]-(other:State)
RETURN other.id AS state, 'allied' AS link
