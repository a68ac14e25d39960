// Which articles and sentences support an edge?  $source, $type (e.g. SANCTIONS), $target: entity ids
// For ALLIED_WITH both directions are looked up.
MATCH (e:Evidence)
WHERE e.key IN [$source + '|' + $type + '|' + $target, $target + '|' + $type + '|' + $source]
  AND ($type = 'ALLIED_WITH' OR e.source = $source)
MATCH (a:Article)-[:SUPPORTS]->(e)
RETURN a.id AS article, a.title AS title, a.published AS published, e.status AS status, e.date AS date, e.sentence AS sentence
ORDER BY published, article
