-- Name search at national scale: GET /employees?q= lists matches by name. When a fragment matches
-- many of the millions of employees, walking this index in name order and stopping after one page
-- is cheaper than collecting every match from the trigram index and sorting them; PostgreSQL picks
-- the cheaper of the two from the fragment's estimated matches.
CREATE INDEX employee_name_order ON employee (name, id);
