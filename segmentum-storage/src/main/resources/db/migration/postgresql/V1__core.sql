-- Core tables of the service (PostgreSQL). Instants are epoch milliseconds (BIGINT); booleans 0/1.
-- Kept structurally identical to the SQLite migration of the same version.

CREATE TABLE shops (
  id          BIGINT PRIMARY KEY,
  name        TEXT   NOT NULL,
  timezone    TEXT   NOT NULL,
  currency    TEXT   NOT NULL,
  created_at  BIGINT NOT NULL
);

CREATE TABLE api_tokens (
  id            BIGSERIAL PRIMARY KEY,
  shop_id       BIGINT NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
  name          TEXT   NOT NULL,
  scopes        TEXT   NOT NULL,
  token_hash    TEXT   NOT NULL UNIQUE,
  created_at    BIGINT NOT NULL,
  last_used_at  BIGINT,
  revoked_at    BIGINT
);
CREATE INDEX api_tokens_shop ON api_tokens (shop_id);

-- Every store record in its exchange-format JSON (DATA.md §2), one row per kind and key.
CREATE TABLE records (
  shop_id      BIGINT NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
  kind         TEXT   NOT NULL,
  record_key   TEXT   NOT NULL,
  customer_id  BIGINT,
  updated_at   BIGINT,
  body         TEXT   NOT NULL,
  PRIMARY KEY (shop_id, kind, record_key)
);
CREATE INDEX records_customer ON records (shop_id, customer_id);

CREATE TABLE segments (
  id                BIGSERIAL PRIMARY KEY,
  shop_id           BIGINT  NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
  name              TEXT    NOT NULL,
  query             TEXT    NOT NULL,
  draft_query       TEXT,
  author            TEXT    NOT NULL,
  version           INTEGER NOT NULL,
  created_at        BIGINT  NOT NULL,
  updated_at        BIGINT  NOT NULL,
  UNIQUE (shop_id, name)
);

-- The membership last made durable; reconciled against the engine at start.
CREATE TABLE segment_members (
  segment_id   BIGINT NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  customer_id  BIGINT NOT NULL,
  PRIMARY KEY (segment_id, customer_id)
);

-- Joined/left events in the order they happened; seq is the change-feed cursor.
CREATE TABLE membership_events (
  seq          BIGSERIAL PRIMARY KEY,
  shop_id      BIGINT NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
  event_id     TEXT   NOT NULL UNIQUE,
  segment_id   BIGINT NOT NULL,
  customer_id  BIGINT NOT NULL,
  type         TEXT   NOT NULL,
  at           BIGINT NOT NULL,
  cause        TEXT   NOT NULL
);
CREATE INDEX membership_events_segment ON membership_events (segment_id, seq);

-- Member count per segment and shop-local day (size over time).
CREATE TABLE segment_counts (
  segment_id  BIGINT NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  day         TEXT   NOT NULL,
  members     BIGINT NOT NULL,
  counted_at  BIGINT NOT NULL,
  PRIMARY KEY (segment_id, day)
);
