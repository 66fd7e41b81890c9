-- Segmentum's relational schema of a store (DATA.md), SQLite. Described in docs/sql.md.
-- Booleans are INTEGER 0 or 1, dates ISO TEXT 'yyyy-mm-dd'; otherwise as in schema-postgresql.sql.
-- Every table is keyed by shop_id, so one database holds any number of shops. Instants are BIGINT epoch
-- seconds, money BIGINT ten-thousandths of the shop currency (exact). customer_facts and the other derived
-- columns (the *_key codes, net_amount, month_day, ...) are maintained by whoever loads the data;
-- org.segmentum.sql.SqlLoader does it.

CREATE TABLE IF NOT EXISTS shops (
  shop_id           BIGINT NOT NULL PRIMARY KEY,
  name              TEXT,
  timezone          TEXT NOT NULL,            -- IANA zone: defines the shop's local days
  currency          TEXT,
  scores_as_of      TEXT                      -- shop-local date customer_facts.rfm_group / spend_tier are for
);

CREATE TABLE IF NOT EXISTS metafield_definitions (
  shop_id           BIGINT NOT NULL,
  namespace         TEXT NOT NULL,
  field_key         TEXT NOT NULL,
  name              TEXT NOT NULL,
  value_type        TEXT NOT NULL,            -- integer decimal string date boolean list.integer ...
  PRIMARY KEY (shop_id, namespace, field_key)
);

CREATE TABLE IF NOT EXISTS categories (
  shop_id           BIGINT NOT NULL,
  category_id       BIGINT NOT NULL,
  name              TEXT,
  parent_id         BIGINT,                   -- NULL for a root
  PRIMARY KEY (shop_id, category_id)
);
CREATE INDEX IF NOT EXISTS categories_by_parent ON categories (shop_id, parent_id);

CREATE TABLE IF NOT EXISTS products (
  shop_id           BIGINT NOT NULL,
  product_id        BIGINT NOT NULL,
  title             TEXT,
  vendor            TEXT,
  category_id       BIGINT,
  PRIMARY KEY (shop_id, product_id)
);
CREATE INDEX IF NOT EXISTS products_by_category ON products (shop_id, category_id);

CREATE TABLE IF NOT EXISTS product_tags (
  shop_id           BIGINT NOT NULL,
  product_id        BIGINT NOT NULL,
  tag               TEXT NOT NULL,            -- lower-cased: tags compare without regard to case
  PRIMARY KEY (shop_id, product_id, tag)
);
CREATE INDEX IF NOT EXISTS product_tags_by_tag ON product_tags (shop_id, tag);

CREATE TABLE IF NOT EXISTS customers (
  shop_id           BIGINT NOT NULL,
  customer_id       BIGINT NOT NULL,
  email             TEXT,
  phone             TEXT,
  first_name        TEXT,
  last_name         TEXT,
  created_at        BIGINT NOT NULL,
  updated_at        BIGINT NOT NULL,
  state             TEXT NOT NULL,            -- ENABLED DISABLED INVITED DECLINED
  email_marketing   TEXT NOT NULL,            -- SUBSCRIBED NOT_SUBSCRIBED PENDING UNSUBSCRIBED INVALID REDACTED
  sms_marketing     TEXT NOT NULL,
  language          TEXT,
  note              TEXT,
  tax_exempt        INTEGER NOT NULL,
  customer_group    TEXT,
  created_by_app_id BIGINT,
  birth_date        TEXT,
  PRIMARY KEY (shop_id, customer_id)
);

-- Derived facts (DATA.md §3) and store-relative scores (§4), one row per customer.
CREATE TABLE IF NOT EXISTS customer_facts (
  shop_id               BIGINT NOT NULL,
  customer_id           BIGINT NOT NULL,
  amount_spent          BIGINT NOT NULL,      -- ten-thousandths; 0 without counted orders
  number_of_orders      BIGINT NOT NULL,
  first_order_at        BIGINT,               -- NULL without counted orders
  last_order_at         BIGINT,
  abandoned_checkout_at BIGINT,               -- latest checkout never completed
  email_domain          TEXT,                 -- lower-cased text after the last @
  birth_month_day       INTEGER,              -- month * 100 + day of birth_date
  rfm_group             TEXT NOT NULL,        -- as of shops.scores_as_of
  spend_tier            TEXT NOT NULL,        -- HIGH MEDIUM LOW, as of shops.scores_as_of
  PRIMARY KEY (shop_id, customer_id)
);
CREATE INDEX IF NOT EXISTS customer_facts_by_rfm_group ON customer_facts (shop_id, rfm_group);
CREATE INDEX IF NOT EXISTS customer_facts_by_last_order ON customer_facts (shop_id, last_order_at);

CREATE TABLE IF NOT EXISTS customer_tags (
  shop_id           BIGINT NOT NULL,
  customer_id       BIGINT NOT NULL,
  tag               TEXT NOT NULL,            -- lower-cased, each once
  PRIMARY KEY (shop_id, customer_id, tag)
);
CREATE INDEX IF NOT EXISTS customer_tags_by_tag ON customer_tags (shop_id, tag);

CREATE TABLE IF NOT EXISTS customer_channels (
  shop_id           BIGINT NOT NULL,
  customer_id       BIGINT NOT NULL,
  channel           TEXT NOT NULL,            -- EMAIL SMS MESSENGER VIBER WHATSAPP PUSH
  PRIMARY KEY (shop_id, customer_id, channel)
);

CREATE TABLE IF NOT EXISTS customer_companies (
  shop_id           BIGINT NOT NULL,
  customer_id       BIGINT NOT NULL,
  company_id        BIGINT NOT NULL,
  PRIMARY KEY (shop_id, customer_id, company_id)
);

CREATE TABLE IF NOT EXISTS customer_addresses (
  shop_id           BIGINT NOT NULL,
  customer_id       BIGINT NOT NULL,
  seq               INTEGER NOT NULL,         -- place in the customer's list, from 0
  country_code      TEXT,
  province_code     TEXT,
  city              TEXT,
  zip               TEXT,
  address1          TEXT,
  address2          TEXT,
  company           TEXT,
  phone             TEXT,
  latitude          REAL,
  longitude         REAL,
  is_default        INTEGER NOT NULL,
  country_key       TEXT,                     -- the value customer_countries compares: 'US'
  region_key        TEXT,                     -- customer_regions: 'US-NY'
  city_key          TEXT,                     -- customer_cities: 'US-NY-NewYorkCity', 'GB--London'
  PRIMARY KEY (shop_id, customer_id, seq)
);
CREATE INDEX IF NOT EXISTS customer_addresses_by_country ON customer_addresses (shop_id, country_key);

-- Custom field values: one row per scalar value or list element; none for an absent value or empty list.
CREATE TABLE IF NOT EXISTS customer_metafields (
  shop_id           BIGINT NOT NULL,
  customer_id       BIGINT NOT NULL,
  field             TEXT NOT NULL,            -- 'namespace.key'
  seq               INTEGER NOT NULL,         -- 0 for a scalar; the element's place in a list
  is_list           INTEGER NOT NULL,
  number_whole      BIGINT,                   -- a number: its floor ...
  number_fraction   BIGINT,                   -- ... and the rest in units of 10^-18
  text_value        TEXT,
  boolean_value     INTEGER,
  date_value        TEXT,
  date_start        BIGINT,                   -- epoch second the date's local day starts in the shop's zone
  month_day         INTEGER,                  -- month * 100 + day of date_value
  PRIMARY KEY (shop_id, customer_id, field, seq)
);
CREATE INDEX IF NOT EXISTS customer_metafields_by_field ON customer_metafields (shop_id, field);

CREATE TABLE IF NOT EXISTS orders (
  shop_id           BIGINT NOT NULL,
  order_id          BIGINT NOT NULL,
  customer_id       BIGINT NOT NULL,
  created_at        BIGINT NOT NULL,
  status            TEXT NOT NULL,            -- OPEN PAID FULFILLED CANCELLED REFUNDED, as given
  cancelled_at      BIGINT,
  is_test           INTEGER NOT NULL,
  total_price       BIGINT NOT NULL,          -- ten-thousandths
  refunded_amount   BIGINT NOT NULL,
  net_amount        BIGINT NOT NULL,          -- total_price - refunded_amount, rounded once
  location_id       BIGINT,
  app_id            BIGINT,
  PRIMARY KEY (shop_id, order_id)
);
CREATE INDEX IF NOT EXISTS orders_by_customer ON orders (shop_id, customer_id, created_at);

CREATE TABLE IF NOT EXISTS line_items (
  shop_id           BIGINT NOT NULL,
  order_id          BIGINT NOT NULL,
  seq               INTEGER NOT NULL,
  product_id        BIGINT NOT NULL,
  quantity          BIGINT NOT NULL,
  price             BIGINT,                   -- ten-thousandths
  PRIMARY KEY (shop_id, order_id, seq)
);
CREATE INDEX IF NOT EXISTS line_items_by_product ON line_items (shop_id, product_id);

CREATE TABLE IF NOT EXISTS checkouts (
  shop_id           BIGINT NOT NULL,
  checkout_id       BIGINT NOT NULL,
  customer_id       BIGINT NOT NULL,
  created_at        BIGINT NOT NULL,
  completed_at      BIGINT,                   -- NULL while abandoned
  total_price       BIGINT,
  PRIMARY KEY (shop_id, checkout_id)
);
CREATE INDEX IF NOT EXISTS checkouts_by_customer ON checkouts (shop_id, customer_id);

CREATE TABLE IF NOT EXISTS events (
  shop_id           BIGINT NOT NULL,
  event_no          BIGINT NOT NULL,          -- numbered by the loader; events have no required id
  customer_id       BIGINT NOT NULL,
  event_type        TEXT NOT NULL,            -- email.opened, storefront.product_viewed, ...
  occurred_at       BIGINT NOT NULL,
  activity_id       BIGINT,
  product_id        BIGINT,
  collection_id     BIGINT,
  event_id          TEXT,
  PRIMARY KEY (shop_id, event_no)
);
CREATE INDEX IF NOT EXISTS events_by_customer ON events (shop_id, customer_id, event_type, occurred_at);
