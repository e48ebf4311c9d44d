import type { QuotedSchema } from './pg-schema-name';

/**
 * Migration 4: per-channel quotas enforced inside the atomic reserve. A quota row per (SKU,
 * channel) holds the quota and the units the channel holds in open reservations; `reserve_plan`
 * locks the plan's quota rows (before any stock row) and refuses the whole plan with
 * `quota_exceeded` when a SKU would go past its quota; `change_reservation` gives headroom back
 * on a release and uses the quota up on a deduct; `set_channel_quota` and
 * `transfer_channel_quota` change quotas idempotently by key. `reserve_plan` and
 * `change_reservation` are replaced whole (migration 2 is never edited).
 *
 * Known limit: a quota created while reservations of its channel are being made concurrently
 * starts from the open reservations it can see; create quotas before traffic.
 */
export function channelQuotasMigration(s: QuotedSchema): string {
  return `
CREATE TABLE ${s}.channel_quotas (
  sku text COLLATE "C" NOT NULL,
  channel text COLLATE "C" NOT NULL,
  quota bigint NOT NULL CHECK (quota >= 0),
  reserved bigint NOT NULL DEFAULT 0 CHECK (reserved >= 0),
  PRIMARY KEY (sku, channel),
  CHECK (reserved <= quota)
);

CREATE OR REPLACE FUNCTION ${s}.reserve_plan(
  p_key text, p_fingerprint text, p_order_id text, p_channel text, p_ids text[],
  p_line_ids text[], p_skus text[], p_warehouses text[], p_quantities bigint[],
  p_at text, p_result jsonb
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  v_stored ${s}.inventory_keys%ROWTYPE;
  v_row record;
  v_done integer := 0;
  v_failed boolean := false;
  v_shortages jsonb;
  v_result jsonb;
  v_quota_shortages jsonb := '[]'::jsonb;
  v_limited boolean := false;
BEGIN
  INSERT INTO ${s}.inventory_keys (key, operation, fingerprint, result)
    VALUES (p_key, 'reserve', p_fingerprint, p_result)
    ON CONFLICT (key) DO NOTHING;
  IF NOT FOUND THEN
    SELECT * INTO v_stored FROM ${s}.inventory_keys WHERE key = p_key;
    IF v_stored.operation <> 'reserve' OR v_stored.fingerprint <> p_fingerprint THEN
      RETURN jsonb_build_object('status', 'conflict');
    END IF;
    RETURN jsonb_build_object('status', 'replayed', 'result', v_stored.result);
  END IF;
  -- Channel quotas first: lock the plan's quota rows of its channel in one fixed order (always
  -- before any stock row, here and in change_reservation, so no two calls wait on each other
  -- in a cycle) and refuse the whole plan when a SKU would go past its quota.
  IF p_channel IS NOT NULL AND array_length(p_skus, 1) = 1 THEN
    -- One line (the common case): one primary-key lookup.
    SELECT q.sku, q.quota, q.reserved, p_quantities[1] AS quantity INTO v_row
      FROM ${s}.channel_quotas AS q WHERE q.sku = p_skus[1] AND q.channel = p_channel FOR UPDATE;
    IF FOUND THEN
      v_limited := true;
      IF v_row.quantity > v_row.quota - v_row.reserved THEN
        v_quota_shortages := jsonb_build_array(jsonb_build_object(
          'sku', v_row.sku, 'channel', p_channel, 'requested', v_row.quantity,
          'headroom', greatest(0, v_row.quota - v_row.reserved)));
      END IF;
    END IF;
  ELSIF p_channel IS NOT NULL THEN
    FOR v_row IN
      SELECT q.sku, q.quota, q.reserved, d.quantity
        FROM (
          SELECT u.sku, sum(u.quantity) AS quantity
            FROM unnest(p_skus, p_quantities) AS u(sku, quantity) GROUP BY u.sku
        ) AS d
        JOIN ${s}.channel_quotas AS q ON q.sku = d.sku AND q.channel = p_channel
        ORDER BY q.sku COLLATE "C"
        FOR UPDATE OF q
    LOOP
      v_limited := true;
      IF v_row.quantity > v_row.quota - v_row.reserved THEN
        v_quota_shortages := v_quota_shortages || jsonb_build_array(jsonb_build_object(
          'sku', v_row.sku, 'channel', p_channel, 'requested', v_row.quantity,
          'headroom', greatest(0, v_row.quota - v_row.reserved)));
      END IF;
    END LOOP;
  END IF;
  IF jsonb_array_length(v_quota_shortages) > 0 THEN
    v_result := jsonb_build_object('ok', false, 'reason', 'quota_exceeded', 'quotaShortages', v_quota_shortages);
    UPDATE ${s}.inventory_keys SET result = v_result WHERE key = p_key;
    RETURN jsonb_build_object('status', 'applied', 'result', v_result);
  END IF;
  -- A failure whose shortages vanish (a concurrent release freed the units) is tried again.
  FOR v_attempt IN 1 .. 3 LOOP
    v_done := 0;
    v_failed := false;
    IF array_length(p_skus, 1) = 1 THEN
      UPDATE ${s}.inventory_items SET reserved = reserved + p_quantities[1]
        WHERE sku = p_skus[1] AND warehouse_id = p_warehouses[1]
          AND on_hand - reserved - safety_stock >= p_quantities[1];
      v_failed := NOT FOUND;
    ELSE
      -- Rows are taken in one fixed order, so concurrent plans over the same rows never deadlock.
      FOR v_row IN
        SELECT d.sku, d.warehouse_id, sum(d.quantity) AS quantity
          FROM unnest(p_skus, p_warehouses, p_quantities) AS d(sku, warehouse_id, quantity)
          GROUP BY d.sku, d.warehouse_id
          ORDER BY d.sku COLLATE "C", d.warehouse_id COLLATE "C"
      LOOP
        UPDATE ${s}.inventory_items SET reserved = reserved + v_row.quantity
          WHERE sku = v_row.sku AND warehouse_id = v_row.warehouse_id
            AND on_hand - reserved - safety_stock >= v_row.quantity;
        IF NOT FOUND THEN
          v_failed := true;
          EXIT;
        END IF;
        v_done := v_done + 1;
      END LOOP;
    END IF;
    IF NOT v_failed THEN
      IF v_limited AND array_length(p_skus, 1) = 1 THEN
        UPDATE ${s}.channel_quotas SET reserved = reserved + p_quantities[1]
          WHERE sku = p_skus[1] AND channel = p_channel;
      ELSIF v_limited THEN
        UPDATE ${s}.channel_quotas AS q SET reserved = q.reserved + d.quantity
          FROM (
            SELECT u.sku, sum(u.quantity) AS quantity
              FROM unnest(p_skus, p_quantities) AS u(sku, quantity) GROUP BY u.sku
          ) AS d
          WHERE q.sku = d.sku AND q.channel = p_channel;
      END IF;
      INSERT INTO ${s}.reservations (id, order_id, line_id, sku, warehouse_id, channel, quantity,
          state, idempotency_key, created_at, updated_at)
        SELECT l.id, p_order_id, l.line_id, l.sku, l.warehouse_id, p_channel, l.quantity,
          'open', p_key, p_at, p_at
        FROM unnest(p_ids, p_line_ids, p_skus, p_warehouses, p_quantities)
          AS l(id, line_id, sku, warehouse_id, quantity);
      -- The caller built the result itself; the key row already holds it for replays.
      RETURN '{"status":"applied"}'::jsonb;
    END IF;
    IF v_done > 0 THEN
      -- Undo this attempt: the rows updated so far are still locked by this transaction.
      UPDATE ${s}.inventory_items AS i SET reserved = i.reserved - u.quantity
        FROM (
          SELECT d.sku, d.warehouse_id, sum(d.quantity) AS quantity
            FROM unnest(p_skus, p_warehouses, p_quantities) AS d(sku, warehouse_id, quantity)
            GROUP BY d.sku, d.warehouse_id
            ORDER BY d.sku COLLATE "C", d.warehouse_id COLLATE "C"
            LIMIT v_done
        ) AS u
        WHERE i.sku = u.sku AND i.warehouse_id = u.warehouse_id;
    END IF;
    v_shortages := ${s}.plan_shortages(p_line_ids, p_skus, p_warehouses, p_quantities);
    EXIT WHEN jsonb_array_length(v_shortages) > 0;
  END LOOP;
  v_result := jsonb_build_object('ok', false, 'reason', 'insufficient_stock', 'shortages', v_shortages);
  UPDATE ${s}.inventory_keys SET result = v_result WHERE key = p_key;
  RETURN jsonb_build_object('status', 'applied', 'result', v_result);
END;
$fn$;

CREATE OR REPLACE FUNCTION ${s}.change_reservation(
  p_key text, p_fingerprint text, p_operation text, p_reservation_id text, p_quantity bigint, p_at text
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  v_claim jsonb;
  v_sku text;
  v_warehouse text;
  v_channel text;
  v_deduct boolean := p_operation = 'deduct';
  v_result jsonb;
BEGIN
  v_claim := ${s}.claim_inventory_key(p_key, 'change', p_fingerprint, NULL);
  IF v_claim IS NOT NULL THEN
    RETURN v_claim;
  END IF;
  UPDATE ${s}.reservations SET
      quantity = quantity - p_quantity,
      deducted_quantity = deducted_quantity + CASE WHEN v_deduct THEN p_quantity ELSE 0 END,
      released_quantity = released_quantity + CASE WHEN v_deduct THEN 0 ELSE p_quantity END,
      state = CASE WHEN quantity - p_quantity > 0 THEN 'open'
                   WHEN v_deduct THEN 'deducted' ELSE 'released' END,
      updated_at = p_at
    WHERE id = p_reservation_id AND quantity >= p_quantity
    RETURNING sku, warehouse_id, channel INTO v_sku, v_warehouse, v_channel;
  IF FOUND THEN
    -- The channel's quota before the stock row (the lock order reserve_plan uses): reserved
    -- drops; a deduct uses the quota up as well.
    IF v_channel IS NOT NULL THEN
      UPDATE ${s}.channel_quotas SET
          reserved = greatest(0, reserved - p_quantity),
          quota = CASE WHEN v_deduct THEN greatest(0, quota - p_quantity) ELSE quota END
        WHERE sku = v_sku AND channel = v_channel;
    END IF;
    UPDATE ${s}.inventory_items SET
        reserved = reserved - p_quantity,
        on_hand = on_hand - CASE WHEN v_deduct THEN p_quantity ELSE 0 END
      WHERE sku = v_sku AND warehouse_id = v_warehouse;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'stock row of reservation % vanished', p_reservation_id;
    END IF;
    v_result := jsonb_build_object('ok', true);
  ELSIF EXISTS (SELECT 1 FROM ${s}.reservations WHERE id = p_reservation_id) THEN
    v_result := jsonb_build_object('ok', false, 'reason', 'insufficient_reserved');
  ELSE
    v_result := jsonb_build_object('ok', false, 'reason', 'not_found');
  END IF;
  UPDATE ${s}.inventory_keys SET result = v_result WHERE key = p_key;
  RETURN jsonb_build_object('status', 'applied', 'result', v_result);
END;
$fn$;


CREATE FUNCTION ${s}.set_channel_quota(
  p_key text, p_fingerprint text, p_sku text, p_channel text, p_quota bigint
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  v_claim jsonb;
  v_reserved bigint;
  v_result jsonb;
BEGIN
  v_claim := ${s}.claim_inventory_key(p_key, 'change', p_fingerprint, NULL);
  IF v_claim IS NOT NULL THEN
    RETURN v_claim;
  END IF;
  SELECT reserved INTO v_reserved FROM ${s}.channel_quotas
    WHERE sku = p_sku AND channel = p_channel FOR UPDATE;
  IF NOT FOUND THEN
    -- A new quota starts from what the channel already holds of the SKU.
    SELECT coalesce(sum(quantity), 0) INTO v_reserved FROM ${s}.reservations
      WHERE sku = p_sku AND channel = p_channel AND state = 'open';
  END IF;
  IF p_quota < v_reserved THEN
    v_result := jsonb_build_object('ok', false, 'reason', 'below_reserved');
  ELSE
    INSERT INTO ${s}.channel_quotas (sku, channel, quota, reserved)
      VALUES (p_sku, p_channel, p_quota, v_reserved)
      ON CONFLICT (sku, channel) DO UPDATE SET quota = EXCLUDED.quota;
    v_result := jsonb_build_object('ok', true);
  END IF;
  UPDATE ${s}.inventory_keys SET result = v_result WHERE key = p_key;
  RETURN jsonb_build_object('status', 'applied', 'result', v_result);
END;
$fn$;

CREATE FUNCTION ${s}.transfer_channel_quota(
  p_key text, p_fingerprint text, p_sku text, p_from text, p_to text, p_quantity bigint
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  v_claim jsonb;
  v_result jsonb;
BEGIN
  v_claim := ${s}.claim_inventory_key(p_key, 'change', p_fingerprint, NULL);
  IF v_claim IS NOT NULL THEN
    RETURN v_claim;
  END IF;
  -- Both rows in one fixed order, so opposite transfers never deadlock.
  PERFORM 1 FROM ${s}.channel_quotas
    WHERE sku = p_sku AND channel IN (p_from, p_to) ORDER BY channel COLLATE "C" FOR UPDATE;
  UPDATE ${s}.channel_quotas SET quota = quota - CASE WHEN p_from = p_to THEN 0 ELSE p_quantity END
    WHERE sku = p_sku AND channel = p_from AND quota - reserved >= p_quantity;
  IF FOUND THEN
    IF p_from <> p_to THEN
      INSERT INTO ${s}.channel_quotas (sku, channel, quota, reserved)
        SELECT p_sku, p_to, coalesce(sum(quantity), 0) + p_quantity, coalesce(sum(quantity), 0) FROM ${s}.reservations
          WHERE sku = p_sku AND channel = p_to AND state = 'open'
        ON CONFLICT (sku, channel) DO UPDATE SET quota = ${s}.channel_quotas.quota + p_quantity;
    END IF;
    v_result := jsonb_build_object('ok', true);
  ELSIF EXISTS (SELECT 1 FROM ${s}.channel_quotas WHERE sku = p_sku AND channel = p_from) THEN
    v_result := jsonb_build_object('ok', false, 'reason', 'below_reserved');
  ELSE
    v_result := jsonb_build_object('ok', false, 'reason', 'not_found');
  END IF;
  UPDATE ${s}.inventory_keys SET result = v_result WHERE key = p_key;
  RETURN jsonb_build_object('status', 'applied', 'result', v_result);
END;
$fn$;
`;
}
