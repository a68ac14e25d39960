// Relations that started or ended within a period.  $from, $to: dates as 'YYYY-MM-DD'
MATCH (s:Entity)-[r:ALLIED_WITH|MEMBER_OF|SANCTIONS|LEADS|PARTY_TO|SIGNED]->(t:Entity)
WITH s, r, t, coalesce(r.since, toString(r.firstSeen)) AS start, r.until AS stop
WHERE (start >= $from AND start <= $to) OR (stop >= $from AND stop <= $to)
RETURN s.id AS source, type(r) AS type, t.id AS target, start, stop, r.status AS status
ORDER BY coalesce(start, stop), source
