-- A match run computes two proposals over the same candidates: the optimal one (most mentees, then most points)
-- and the stable one (no mentor and mentee who both prefer each other to what they were given). Both are kept, each
-- row tagged with its method; the run says which one the curator reviews and compares the two. Runs made before
-- this migration have only their optimal proposal and no comparison.
ALTER TABLE match_run
    ADD COLUMN method varchar(10) NOT NULL DEFAULT 'OPTIMAL' CHECK (method IN ('OPTIMAL', 'STABLE')),
    ADD COLUMN comparison jsonb;
ALTER TABLE match_proposal
    ADD COLUMN method varchar(10) NOT NULL DEFAULT 'OPTIMAL' CHECK (method IN ('OPTIMAL', 'STABLE'));
ALTER TABLE match_unmatched
    ADD COLUMN method varchar(10) NOT NULL DEFAULT 'OPTIMAL' CHECK (method IN ('OPTIMAL', 'STABLE'));

-- A mentee appears once per run and method.
ALTER TABLE match_proposal DROP CONSTRAINT match_proposal_mentee_once;
ALTER TABLE match_proposal ADD CONSTRAINT match_proposal_mentee_once UNIQUE (run_id, method, mentee_id)
    DEFERRABLE INITIALLY DEFERRED;
DROP INDEX match_proposal_run_idx;
CREATE INDEX match_proposal_run_idx ON match_proposal (run_id, method, position);
DROP INDEX match_unmatched_run_idx;
CREATE INDEX match_unmatched_run_idx ON match_unmatched (run_id, method, position);
