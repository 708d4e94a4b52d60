-- Indexes for the monitoring figures (monitoring_figures), found with bench/monitoring on a region of 1 200 schools
-- and 150 000 pairs.
--
-- A school's figures also count the pairs its teachers mentor in other schools of the municipality (municipal
-- matches), found through the mentor. With only mentorship_mentor_idx the planner reads the whole mentorship table
-- for them instead (a parallel sequential scan, about 140 ms of a school's 160 ms on that region): probing by mentor
-- also fetches each pair's row. This index holds, for the pairs that can count, every column that branch reads, so
-- the probes never touch the table (1.8 ms there).
CREATE INDEX mentorship_counted_mentor_idx ON mentorship (mentor_id)
    INCLUDE (id, form, order_id, status, started_on, planned_start, ended_on)
    WHERE status IN ('APPROVED', 'ACTIVE', 'COMPLETED');
