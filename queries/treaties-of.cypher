// Which treaties is a state party to, with their parties and dates?  $state: ISO alpha-3 code
MATCH (s:State {id: $state})-[:PARTY_TO]->(t:Treaty)
OPTIONAL MATCH (p:State)-[:PARTY_TO]->(t)
RETURN t.id AS treaty, t.name AS name, collect(DISTINCT p.id) AS parties, t.signed AS signed, t.ratified AS ratified,
       t.inForce AS inForce
ORDER BY coalesce(t.signed, t.ratified, t.inForce), t.id
