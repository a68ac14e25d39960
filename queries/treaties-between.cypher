// Treaties signed within a period, with their parties.  $from, $to: dates as 'YYYY-MM-DD'
// A treaty known only by its year or month counts when that year or month falls in the period.
MATCH (t:Treaty)
WHERE t.signed IS NOT NULL AND t.signed >= substring($from, 0, size(t.signed)) AND t.signed <= substring($to, 0, size(t.signed))
OPTIONAL MATCH (p:State)-[:PARTY_TO]->(t)
RETURN t.signed AS signed, t.id AS treaty, t.name AS name, collect(DISTINCT p.id) AS parties
ORDER BY signed, treaty
