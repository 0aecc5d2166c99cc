-- Every change on record, written by the database (SECURITY DEFINER triggers): no account can write or edit
-- the history itself. And a revision number that moves once per committed write, so a dashboard sees new
-- data with one cheap query instead of re-reading everything.
CREATE TABLE cw_history (
    fid bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), who text NOT NULL, action text NOT NULL,
    target text NOT NULL, target_id text NOT NULL, detail text NOT NULL DEFAULT '');
CREATE INDEX cw_history_at ON cw_history (at DESC, fid DESC);

CREATE FUNCTION cw_record() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'sources' AND TG_OP = 'INSERT' THEN
        INSERT INTO cw_history (who, action, target, target_id, detail)
        VALUES (NEW.ingested_by, 'ingested', 'source', NEW.source_id, coalesce(NEW.outlet, '') || ': ' || coalesce(NEW.title, ''));
    ELSIF TG_TABLE_NAME = 'corrections' AND TG_OP = 'INSERT' THEN
        INSERT INTO cw_history (who, action, target, target_id, detail)
        VALUES (NEW.created_by, NEW.action, NEW.target, NEW.target_id, coalesce(NEW.value, ''));
    ELSIF TG_TABLE_NAME = 'log_imports' AND TG_OP = 'INSERT' THEN
        INSERT INTO cw_history (who, action, target, target_id, detail)
        VALUES (NEW.imported_by, 'imported', 'log', NEW.log_id, NEW.file_name || ' (' || NEW.rows || ' rows)');
    ELSIF TG_TABLE_NAME = 'log_imports' AND TG_OP = 'DELETE' THEN
        INSERT INTO cw_history (who, action, target, target_id, detail)
        VALUES (session_user, 'deleted', 'log', OLD.log_id, OLD.file_name);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER sources_history AFTER INSERT ON sources FOR EACH ROW EXECUTE FUNCTION cw_record();
CREATE TRIGGER corrections_history AFTER INSERT ON corrections FOR EACH ROW EXECUTE FUNCTION cw_record();
CREATE TRIGGER log_imports_history AFTER INSERT OR DELETE ON log_imports FOR EACH ROW EXECUTE FUNCTION cw_record();

CREATE TABLE cw_revision (id integer PRIMARY KEY CHECK (id = 1), n bigint NOT NULL);
INSERT INTO cw_revision VALUES (1, 0);
-- deferred to the commit, and once per transaction: the row is locked only for the instant before a commit
CREATE FUNCTION cw_bump() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF current_setting('cw.bumped', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE cw_revision SET n = n + 1 WHERE id = 1;
        PERFORM set_config('cw.bumped', txid_current()::text, true);
    END IF;
    RETURN NULL;
END $$;
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['sources', 'places', 'mentions', 'claims', 'corrections', 'log_imports'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cw_bump()', t || '_revision', t);
    END LOOP;
END $$;
