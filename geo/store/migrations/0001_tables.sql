-- The dataset's tables, one per record type, as QGIS opens them: a primary key, geometry(…, 4326) with a GiST
-- index where a record has a shape. Columns follow geo/store/rows.py (a test checks they agree); who wrote
-- a row and when are recorded by the database itself (defaults; row-level security stops anyone forging them).
CREATE TABLE sources (
    fid bigserial PRIMARY KEY, source_id text NOT NULL UNIQUE, outlet text, title text, url text,
    published_earliest date, published_latest date, published_precision text, published_basis text, text text,
    body_start integer, body_end integer, sha256 text, reliability text, language text, perspective text,
    country text,
    ingested_by text NOT NULL DEFAULT current_user, ingested_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE places (
    fid bigserial PRIMARY KEY, geom geometry(Geometry, 4326), place_id text NOT NULL UNIQUE, name text, kind text,
    precision text, coord_source text, country text, note text, geonameid bigint, label_side text,
    always_drawn boolean, names text);
CREATE TABLE mentions (
    fid bigserial PRIMARY KEY, geom geometry(Geometry, 4326), mention_id text NOT NULL UNIQUE,
    source_id text NOT NULL, start integer, "end" integer, surface text, place_id text, confidence double precision,
    review_status text, candidates text, no_match double precision);
CREATE TABLE claims (
    fid bigserial PRIMARY KEY, geom geometry(Geometry, 4326), claim_id text NOT NULL UNIQUE, source_id text NOT NULL,
    kind text, summary text, date_start date, date_end date, date_precision text, dates text, count bigint,
    count_qualifier text, unit text, breakdown text, origin text, destination text, via text, place text,
    place_basis text, claimant text, quote text, quote_start integer, quote_end integer, event_group text,
    credibility integer, status text, derived boolean, derivation text, confidence double precision,
    review_status text, flags text, linked text, drawn_along text);
CREATE TABLE corrections (
    fid bigserial PRIMARY KEY, target text NOT NULL, target_id text NOT NULL, action text NOT NULL, value text,
    created text, created_by text NOT NULL DEFAULT current_user, recorded_at timestamptz NOT NULL DEFAULT now());

CREATE INDEX places_geom ON places USING gist (geom);
CREATE INDEX mentions_geom ON mentions USING gist (geom);
CREATE INDEX claims_geom ON claims USING gist (geom);
CREATE INDEX mentions_source ON mentions (source_id);
CREATE INDEX claims_source ON claims (source_id);
-- the linker's candidates: a place in one of its roles, a kind, dates
CREATE INDEX claims_by_place ON claims (place, kind, date_start);
CREATE INDEX claims_by_destination ON claims (destination, kind, date_start);
CREATE INDEX claims_by_origin ON claims (origin, kind, date_start);
CREATE INDEX claims_by_via ON claims (via, kind, date_start);

-- logs (#8): one record per imported file, its rows, and the daily cube as a point layer
CREATE TABLE log_imports (
    fid bigserial PRIMARY KEY, log_id text NOT NULL UNIQUE, source text NOT NULL, claimant text NOT NULL,
    reliability text NOT NULL, measure text NOT NULL, file_name text NOT NULL, sha256 text NOT NULL UNIQUE,
    rows bigint NOT NULL, skipped bigint NOT NULL, first_day date, last_day date, imported_at text NOT NULL,
    imported_by text NOT NULL DEFAULT current_user);
CREATE TABLE log_rows (
    fid bigserial PRIMARY KEY, log_id text NOT NULL, row bigint NOT NULL, observed_at text NOT NULL,
    checkpoint text NOT NULL, direction text NOT NULL, towards text, unit text NOT NULL, count bigint,
    plate_country text, note text, claimant text, url text);
CREATE INDEX log_rows_log ON log_rows (log_id);
CREATE TABLE log_cube (
    fid bigserial PRIMARY KEY, geom geometry(Point, 4326), log_id text NOT NULL, claimant text NOT NULL,
    checkpoint text NOT NULL, direction text NOT NULL, towards text, unit text NOT NULL, day date NOT NULL,
    total bigint, rows bigint NOT NULL, recorded bigint NOT NULL);
CREATE INDEX log_cube_log ON log_cube (log_id);
CREATE INDEX log_cube_geom ON log_cube USING gist (geom);

CREATE TABLE cw_meta (key text PRIMARY KEY, value text NOT NULL);
