-- Webhooks (PostgreSQL). Kept structurally identical to the SQLite migration of the same version.

-- Segment lifecycle events (segments.create / segments.update / segments.delete), written in the same
-- transaction as the segment change; seq orders them and is the delivery cursor of their subscriptions.
CREATE TABLE segment_events (
  seq          BIGSERIAL PRIMARY KEY,
  shop_id      BIGINT NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
  event_id     TEXT   NOT NULL UNIQUE,
  topic        TEXT   NOT NULL,
  segment_id   BIGINT NOT NULL,
  payload      TEXT   NOT NULL,
  at           BIGINT NOT NULL
);
CREATE INDEX segment_events_shop ON segment_events (shop_id, seq);

-- The membership log is the outbox of the customer.* topics; subscriptions read it by shop.
CREATE INDEX membership_events_shop ON membership_events (shop_id, seq);

-- Subscriptions: one topic and one URL each. cursor_seq is the seq of the last event of the topic's log
-- that is done with (delivered or given up); the retry columns describe the event after it while it fails.
CREATE TABLE webhooks (
  id               BIGSERIAL PRIMARY KEY,
  shop_id          BIGINT  NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
  topic            TEXT    NOT NULL,
  url              TEXT    NOT NULL,
  secret           TEXT    NOT NULL,
  created_at       BIGINT  NOT NULL,
  active           INTEGER NOT NULL,
  cursor_seq       BIGINT  NOT NULL,
  failed_attempts  INTEGER NOT NULL,
  failing_since    BIGINT,
  next_attempt_at  BIGINT
);
CREATE INDEX webhooks_shop ON webhooks (shop_id, id);

-- Every delivery attempt: outcome delivered (2xx), failed (retried later) or given_up (failed after the
-- retry window; the subscription moved on). status is the HTTP status when there was an answer.
CREATE TABLE webhook_deliveries (
  id               BIGSERIAL PRIMARY KEY,
  webhook_id       BIGINT  NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
  event_id         TEXT    NOT NULL,
  event_seq        BIGINT  NOT NULL,
  attempt          INTEGER NOT NULL,
  attempted_at     BIGINT  NOT NULL,
  status           INTEGER,
  error            TEXT,
  duration_ms      BIGINT  NOT NULL,
  outcome          TEXT    NOT NULL
);
CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_id, id);
