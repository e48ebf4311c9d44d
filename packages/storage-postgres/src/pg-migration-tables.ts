import type { QuotedSchema } from './pg-schema-name';

/**
 * Migration 1: the tables. Ids that callers sort or page by use `COLLATE "C"` (UTF-16 code-unit
 * order for the BMP, as the contracts pin). Epoch-millisecond times are `double precision`, which
 * holds every safe integer exactly and comes back from `pg` as a JS number.
 */
export function tablesMigration(s: QuotedSchema): string {
  return `
CREATE TABLE ${s}.orders (
  id text COLLATE "C" PRIMARY KEY,
  channel text NOT NULL,
  shop_id text NOT NULL,
  status text NOT NULL,
  platform_modified_ms double precision,
  revision integer NOT NULL CHECK (revision > 0),
  body jsonb NOT NULL
);
CREATE INDEX orders_channel_shop ON ${s}.orders (channel, shop_id, id);
CREATE INDEX orders_modified ON ${s}.orders (platform_modified_ms);

CREATE TABLE ${s}.after_sales (
  id text COLLATE "C" PRIMARY KEY,
  order_id text NOT NULL,
  revision integer NOT NULL CHECK (revision > 0),
  body jsonb NOT NULL
);
CREATE INDEX after_sales_order ON ${s}.after_sales (order_id, id);

CREATE TABLE ${s}.quarantine (
  id text COLLATE "C" PRIMARY KEY,
  at_ms double precision NOT NULL,
  body jsonb NOT NULL
);
CREATE INDEX quarantine_at ON ${s}.quarantine (at_ms, id);

CREATE TABLE ${s}.leases (
  key text PRIMARY KEY,
  owner text NOT NULL,
  token text NOT NULL,
  expires_at double precision NOT NULL
);

CREATE TABLE ${s}.cursors (
  key text PRIMARY KEY,
  body jsonb NOT NULL
);

CREATE TABLE ${s}.outbox (
  key text COLLATE "C" PRIMARY KEY,
  kind text NOT NULL,
  payload jsonb,
  state text NOT NULL CHECK (state IN ('pending', 'running', 'done', 'parked')),
  attempts integer NOT NULL DEFAULT 0,
  run_after double precision NOT NULL,
  last_error jsonb,
  result jsonb,
  claimed_by text,
  claim_expires_at double precision,
  created_at double precision NOT NULL,
  updated_at double precision NOT NULL
);
CREATE INDEX outbox_state_created ON ${s}.outbox (state, created_at, key);

CREATE TABLE ${s}.inventory_items (
  sku text COLLATE "C" NOT NULL,
  warehouse_id text COLLATE "C" NOT NULL,
  on_hand bigint NOT NULL,
  reserved bigint NOT NULL DEFAULT 0,
  safety_stock bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (sku, warehouse_id),
  CHECK (reserved >= 0),
  CHECK (on_hand >= reserved),
  CHECK (safety_stock >= 0)
);

CREATE TABLE ${s}.reservations (
  id text COLLATE "C" PRIMARY KEY,
  order_id text NOT NULL,
  line_id text NOT NULL,
  sku text COLLATE "C" NOT NULL,
  warehouse_id text COLLATE "C" NOT NULL,
  channel text,
  quantity bigint NOT NULL CHECK (quantity >= 0),
  deducted_quantity bigint NOT NULL DEFAULT 0 CHECK (deducted_quantity >= 0),
  released_quantity bigint NOT NULL DEFAULT 0 CHECK (released_quantity >= 0),
  state text NOT NULL CHECK (state IN ('open', 'deducted', 'released')),
  idempotency_key text NOT NULL,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  CHECK ((state = 'open') = (quantity > 0))
);
CREATE INDEX reservations_order ON ${s}.reservations (order_id, id);
-- No index on (sku, warehouse_id): every reserve would pay for it; per-row reads are reports, not hot paths.

-- One namespace of idempotency keys for reserve, deduct, release and adjust: the first result wins.
CREATE TABLE ${s}.inventory_keys (
  key text PRIMARY KEY,
  operation text NOT NULL CHECK (operation IN ('reserve', 'change')),
  fingerprint text NOT NULL,
  result jsonb
);
`;
}
