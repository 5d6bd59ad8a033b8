-- Name search at national scale, continued.
-- 1. When a fragment matches many, a page comes from walking names in order. With region_code
--    carried in the index, the caller's scope and the fragment are checked on index entries alone,
--    so the walk visits the table only for the page it returns, not for every name it passes.
DROP INDEX employee_name_order;
CREATE INDEX employee_name_order ON employee (name, id) INCLUDE (region_code);
-- 2. A finer sample of names for the trigram expression, taken at the next ANALYZE (autovacuum's).
--    PostgreSQL guesses a fragment's share of names from the sample; with the default 100 buckets a
--    fragment matching 15,000 of a million often matched none of them, was guessed at 100 rows, and
--    all 15,000 were sorted for one page. No ANALYZE here: on a new, empty roster it would record
--    "no rows", and the first import's insert, planned on that, rescanned the growing table for
--    every row it added (a million rows did not finish in 15 minutes).
ALTER INDEX employee_name_trgm ALTER COLUMN 1 SET STATISTICS 1000;
