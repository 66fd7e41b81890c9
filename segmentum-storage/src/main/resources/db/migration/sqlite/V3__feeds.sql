-- Secret feed URLs of segments (SERVICE.md §2), SQLite. Only the SHA-256 of a feed token is stored.
-- Kept structurally identical to the PostgreSQL migration of the same version.

CREATE TABLE feed_tokens (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  shop_id         BIGINT NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
  segment_id      BIGINT NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  label           TEXT   NOT NULL,
  token_hash      TEXT   NOT NULL UNIQUE,
  fields          TEXT   NOT NULL,
  created_at      BIGINT NOT NULL,
  expires_at      BIGINT,
  revoked_at      BIGINT,
  use_count       BIGINT NOT NULL DEFAULT 0,
  last_used_at    BIGINT,
  last_used_from  TEXT
);
CREATE INDEX feed_tokens_segment ON feed_tokens (shop_id, segment_id);
