-- Campaigns and segment-restricted discount codes (PostgreSQL). Instants are epoch milliseconds (BIGINT).
-- Kept structurally identical to the SQLite migration of the same version. Secrets are stored sealed
-- (AES-256-GCM, "v1:" + base64 of nonce and ciphertext), never in the clear.

-- A shop's SMTP server; the password is sealed.
CREATE TABLE smtp_settings (
  shop_id              BIGINT  PRIMARY KEY REFERENCES shops (id) ON DELETE CASCADE,
  host                 TEXT    NOT NULL,
  port                 INTEGER NOT NULL,
  security             TEXT    NOT NULL,
  username             TEXT    NOT NULL,
  sealed_password      TEXT,
  messages_per_minute  INTEGER NOT NULL,
  updated_at           BIGINT  NOT NULL
);

-- A shop's provider webhook for one channel (SMS, Messenger, Viber); the signing secret is sealed.
CREATE TABLE channel_providers (
  shop_id              BIGINT  NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
  channel              TEXT    NOT NULL,
  url                  TEXT    NOT NULL,
  sealed_secret        TEXT    NOT NULL,
  messages_per_minute  INTEGER NOT NULL,
  updated_at           BIGINT  NOT NULL,
  PRIMARY KEY (shop_id, channel)
);

-- A message to a segment. segment_id is not a foreign key: a campaign's record outlives its segment.
CREATE TABLE campaigns (
  id           BIGSERIAL PRIMARY KEY,
  shop_id      BIGINT  NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
  name         TEXT    NOT NULL,
  channel      TEXT    NOT NULL,
  segment_id   BIGINT  NOT NULL,
  sender       TEXT    NOT NULL,
  subject      TEXT    NOT NULL,
  body         TEXT    NOT NULL,
  status       TEXT    NOT NULL,
  author       TEXT    NOT NULL,
  last_error   TEXT,
  created_at   BIGINT  NOT NULL,
  updated_at   BIGINT  NOT NULL,
  started_at   BIGINT,
  finished_at  BIGINT
);
CREATE INDEX campaigns_shop ON campaigns (shop_id, id);
CREATE INDEX campaigns_status ON campaigns (status);

-- Who a campaign goes to, recorded before anything is sent: PENDING, ATTEMPTING (being sent), SENT,
-- FAILED, UNCERTAIN (interrupted while sending; never sent again) or SKIPPED.
CREATE TABLE campaign_recipients (
  campaign_id   BIGINT  NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  customer_id   BIGINT  NOT NULL,
  address       TEXT    NOT NULL,
  status        TEXT    NOT NULL,
  attempts      INTEGER NOT NULL,
  recorded_at   BIGINT  NOT NULL,
  attempted_at  BIGINT,
  finished_at   BIGINT,
  error         TEXT,
  PRIMARY KEY (campaign_id, customer_id)
);
CREATE INDEX campaign_recipients_status ON campaign_recipients (campaign_id, status, customer_id);

-- A discount code; code_key is the code in upper case, so codes are unique per shop ignoring case.
CREATE TABLE discounts (
  id                  BIGSERIAL PRIMARY KEY,
  shop_id             BIGINT NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
  code                TEXT   NOT NULL,
  code_key            TEXT   NOT NULL,
  batch               TEXT,
  value_type          TEXT   NOT NULL,
  value               TEXT   NOT NULL,
  starts_at           BIGINT NOT NULL,
  ends_at             BIGINT,
  usage_limit         BIGINT,
  per_customer_limit  BIGINT,
  created_at          BIGINT NOT NULL,
  UNIQUE (shop_id, code_key)
);
CREATE INDEX discounts_batch ON discounts (shop_id, batch);

-- The segments a discount is restricted to; a deleted segment drops out of every discount.
CREATE TABLE discount_segments (
  discount_id  BIGINT NOT NULL REFERENCES discounts (id) ON DELETE CASCADE,
  segment_id   BIGINT NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  PRIMARY KEY (discount_id, segment_id)
);

CREATE TABLE discount_usages (
  id           BIGSERIAL PRIMARY KEY,
  discount_id  BIGINT NOT NULL REFERENCES discounts (id) ON DELETE CASCADE,
  customer_id  BIGINT NOT NULL,
  order_id     TEXT,
  used_at      BIGINT NOT NULL
);
CREATE INDEX discount_usages_customer ON discount_usages (discount_id, customer_id);
