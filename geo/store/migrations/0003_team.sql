-- Accounts are database roles. Three group roles (cluster-wide, so made only when missing) and what each may
-- do in this database; the database refuses the rest, whatever a client tries.
--   cw_viewer   read everything
--   cw_analyst  also ingest (sources, places, mentions, claims), import and delete logs, and review
--               (confirm, reject, pick, place) — never grade
--   cw_lead     also grade sources and claims; its accounts may create accounts
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cw_viewer') THEN CREATE ROLE cw_viewer NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cw_analyst') THEN CREATE ROLE cw_analyst NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cw_lead') THEN CREATE ROLE cw_lead NOLOGIN; END IF;
END $$;
GRANT cw_viewer TO cw_analyst;
GRANT cw_analyst TO cw_lead;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO cw_viewer;
GRANT SELECT ON sources, places, mentions, claims, corrections, log_imports, log_rows, log_cube, cw_meta,
    cw_history, cw_revision, cw_migrations TO cw_viewer;
GRANT SELECT ON spatial_ref_sys TO cw_viewer;
GRANT INSERT, UPDATE, DELETE ON sources, places, mentions, claims, log_imports, log_rows, log_cube TO cw_analyst;
GRANT INSERT ON corrections TO cw_analyst;  -- decisions are added, never edited or removed
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO cw_analyst;

-- who wrote a row is the account writing it; an analyst's decision is never a grade
ALTER TABLE corrections ENABLE ROW LEVEL SECURITY;
CREATE POLICY corrections_read ON corrections FOR SELECT USING (true);
CREATE POLICY corrections_review ON corrections FOR INSERT TO cw_analyst
    WITH CHECK (created_by = current_user AND action IN ('confirm', 'reject', 'pick', 'place'));
CREATE POLICY corrections_grade ON corrections FOR INSERT TO cw_lead WITH CHECK (created_by = current_user);

ALTER TABLE sources ENABLE ROW LEVEL SECURITY;
CREATE POLICY sources_read ON sources FOR SELECT USING (true);
CREATE POLICY sources_ingest ON sources FOR INSERT TO cw_analyst WITH CHECK (ingested_by = current_user);
CREATE POLICY sources_replace ON sources FOR DELETE TO cw_analyst USING (true);

ALTER TABLE log_imports ENABLE ROW LEVEL SECURITY;
CREATE POLICY log_imports_read ON log_imports FOR SELECT USING (true);
CREATE POLICY log_imports_add ON log_imports FOR INSERT TO cw_analyst WITH CHECK (imported_by = current_user);
CREATE POLICY log_imports_remove ON log_imports FOR DELETE TO cw_analyst USING (true);
