-- Full-text search in plain SQL (generated from yunmei/store/search.py).
-- sqlite3 data/yunmei.db  then:  .param set :q "'一等奖 坡头'"  then:  .read yunmei/datasette/search.sql
WITH RECURSIVE
  input(q) AS (SELECT trim(replace(:q, '　', ' ')) || ' '),
  words(word, rest) AS (
    SELECT '', q FROM input
    UNION ALL
    SELECT substr(rest, 1, instr(rest, ' ') - 1), ltrim(substr(rest, instr(rest, ' ') + 1))
    FROM words WHERE rest <> ''
  ),
  pairs(word, i, token) AS (
    SELECT word, 1, substr(word, 1, 2) FROM words WHERE word <> ''
    UNION ALL
    SELECT word, i + 1, substr(word, i + 1, 2) FROM pairs
    WHERE i + 1 < length(word) AND word GLOB '*[^ -~]*'
  ),
  terms(term) AS (
    SELECT '(' || group_concat('"' || replace(CASE WHEN word GLOB '*[^ -~]*' THEN token
                                                  ELSE word END, '"', '""') || '"', ' AND ') || ')'
    FROM (SELECT word, token FROM pairs ORDER BY word, i) GROUP BY word
  )
SELECT s.article_id, s.title, s.published_at, s.url,
       substr(replace(s.body, char(10), ' '),
              max(1, instr(s.body, substr(trim(:q), 1, instr(trim(:q) || ' ', ' ') - 1)) - 30),
              90) AS snippet,
       CASE WHEN NOT EXISTS (
           SELECT 1 FROM words AS w WHERE w.word <> ''
           AND instr(lower(s.title || char(10) || coalesce(s.subtitle, '')), lower(w.word)) = 0)
       THEN 0.0 ELSE 1.0 END AS rank
FROM article_search AS s
WHERE s.q MATCH (SELECT group_concat(term, ' AND ') FROM terms)
  AND NOT EXISTS (
    SELECT 1 FROM words AS w WHERE w.word <> ''
    AND instr(lower(s.title || char(10) || coalesce(s.subtitle, '') || char(10) || s.body),
              lower(w.word)) = 0)
ORDER BY s.doc_id DESC
LIMIT 50;
