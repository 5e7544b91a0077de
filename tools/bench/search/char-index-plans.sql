-- Payee search over the character index: a broad term (公司, in most names) and a selective one,
-- with ILIKE alone and with the character condition on top, on the seq-scan and the index path.
-- Builds its own table: run it in a THROWAWAY database only, at a modest size (≤ 200k rows):
--   createdb -h 127.0.0.1 -U postgres bench_chars
--   psql -X -h 127.0.0.1 -U postgres -d bench_chars -v rows=200000 -f tools/bench/search/char-index-plans.sql
--   dropdb -h 127.0.0.1 -U postgres bench_chars
-- The payments filter (text-search-plan.ts) sends a broad term to ILIKE alone, a selective one to
-- the index condition + ILIKE: compare lines 1 and 3, and 4 and 5.
\set ON_ERROR_STOP on
DROP TABLE IF EXISTS bench_chars;
CREATE TABLE bench_chars (id int, payee_name text);
INSERT INTO bench_chars SELECT g,
  (ARRAY['内蒙古','呼和浩特','包头','鄂尔多斯','赤峰','通辽','张','王','李','刘'])[1 + g % 10] ||
  (ARRAY['建设','电力','科技','商贸','医疗','教育','物流','餐饮','文化','农牧'])[1 + (g / 10) % 10] ||
  CASE WHEN g % 5 < 3 THEN '有限公司' WHEN g % 5 = 3 THEN '服务部'
       ELSE chr(19968 + ((g::bigint * 7919) % 20000)::int) || chr(19968 + ((g::bigint * 104729) % 20000)::int) END
FROM generate_series(1, :rows) g;
CREATE INDEX bench_chars_idx ON bench_chars USING gin (string_to_array(lower(payee_name), NULL));
ANALYZE bench_chars;
SELECT right(payee_name, 2) AS rare FROM bench_chars WHERE id = 9 \gset
SET max_parallel_workers_per_gather = 0;
\echo 1. broad, ILIKE alone
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT count(*) FROM bench_chars WHERE payee_name ILIKE '%公司%';
\echo 2. broad, character condition + ILIKE, index path
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT count(*) FROM bench_chars
 WHERE string_to_array(lower(payee_name), NULL) @> string_to_array(lower('公司'), NULL) AND payee_name ILIKE '%公司%';
SET enable_bitmapscan = off;
\echo 3. broad, character condition + ILIKE, seq-scan path (what the planner may choose)
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT count(*) FROM bench_chars
 WHERE string_to_array(lower(payee_name), NULL) @> string_to_array(lower('公司'), NULL) AND payee_name ILIKE '%公司%';
RESET enable_bitmapscan;
\echo 4. selective, ILIKE alone
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT count(*) FROM bench_chars WHERE payee_name ILIKE '%' || :'rare' || '%';
\echo 5. selective, character condition + ILIKE
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT count(*) FROM bench_chars
 WHERE string_to_array(lower(payee_name), NULL) @> string_to_array(lower(:'rare'), NULL) AND payee_name ILIKE '%' || :'rare' || '%';
DROP TABLE bench_chars;
