import type { QuotedSchema } from './pg-schema-name';

/**
 * Migration 2: the inventory functions. Each runs as one statement, so one round trip and one
 * transaction per call; every counter changes through a conditional `UPDATE ... WHERE` that
 * cannot take a row below zero, and the idempotency key is claimed first with
 * `INSERT ... ON CONFLICT DO NOTHING` (a concurrent caller with the same key waits for the first
 * to commit, then replays its result).
 *
 * Results are jsonb: `{"status":"applied","result":...}`, `{"status":"replayed","result":...}`
 * or `{"status":"conflict"}` (the key was first used for another request).
 */
export function functionsMigration(s: QuotedSchema): string {
  return `
CREATE FUNCTION ${s}.claim_inventory_key(p_key text, p_operation text, p_fingerprint text, p_result jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  v_stored ${s}.inventory_keys%ROWTYPE;
BEGIN
  INSERT INTO ${s}.inventory_keys (key, operation, fingerprint, result)
  VALUES (p_key, p_operation, p_fingerprint, p_result)
  ON CONFLICT (key) DO NOTHING;
  IF FOUND THEN
    RETURN NULL;
  END IF;
  SELECT * INTO v_stored FROM ${s}.inventory_keys WHERE key = p_key;
  IF v_stored.operation <> p_operation OR v_stored.fingerprint <> p_fingerprint THEN
    RETURN jsonb_build_object('status', 'conflict');
  END IF;
  RETURN jsonb_build_object('status', 'replayed', 'result', v_stored.result);
END;
$fn$;

-- The lines that do not fit, taking lines in plan order (see StockShortage in @omskit/core).
CREATE FUNCTION ${s}.plan_shortages(p_line_ids text[], p_skus text[], p_warehouses text[], p_quantities bigint[])
RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  v_shortages jsonb := '[]'::jsonb;
  v_fits boolean[] := '{}';
  v_available bigint;
  v_taken bigint;
  v_left bigint;
BEGIN
  FOR i IN 1 .. coalesce(array_length(p_skus, 1), 0) LOOP
    v_available := NULL;
    SELECT greatest(0, on_hand - reserved - safety_stock) INTO v_available
      FROM ${s}.inventory_items WHERE sku = p_skus[i] AND warehouse_id = p_warehouses[i];
    v_taken := 0;
    FOR j IN 1 .. i - 1 LOOP
      IF v_fits[j] AND p_skus[j] = p_skus[i] AND p_warehouses[j] = p_warehouses[i] THEN
        v_taken := v_taken + p_quantities[j];
      END IF;
    END LOOP;
    v_left := greatest(0, coalesce(v_available, 0) - v_taken);
    v_fits[i] := p_quantities[i] <= v_left;
    IF NOT v_fits[i] THEN
      v_shortages := v_shortages || jsonb_build_array(jsonb_build_object(
        'lineId', p_line_ids[i], 'sku', p_skus[i], 'warehouseId', p_warehouses[i],
        'requested', p_quantities[i], 'available', v_left));
    END IF;
  END LOOP;
  RETURN v_shortages;
END;
$fn$;

CREATE FUNCTION ${s}.reserve_plan(
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

CREATE FUNCTION ${s}.change_reservation(
  p_key text, p_fingerprint text, p_operation text, p_reservation_id text, p_quantity bigint, p_at text
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  v_claim jsonb;
  v_sku text;
  v_warehouse text;
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
    RETURNING sku, warehouse_id INTO v_sku, v_warehouse;
  IF FOUND THEN
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

CREATE FUNCTION ${s}.adjust_stock(
  p_key text, p_fingerprint text, p_sku text, p_warehouse_id text, p_delta bigint
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  v_claim jsonb;
  v_result jsonb;
BEGIN
  v_claim := ${s}.claim_inventory_key(p_key, 'change', p_fingerprint, NULL);
  IF v_claim IS NOT NULL THEN
    RETURN v_claim;
  END IF;
  UPDATE ${s}.inventory_items SET on_hand = on_hand + p_delta
    WHERE sku = p_sku AND warehouse_id = p_warehouse_id AND on_hand + p_delta >= reserved;
  IF FOUND THEN
    v_result := jsonb_build_object('ok', true);
  ELSIF EXISTS (SELECT 1 FROM ${s}.inventory_items WHERE sku = p_sku AND warehouse_id = p_warehouse_id) THEN
    v_result := jsonb_build_object('ok', false, 'reason', 'would_go_negative');
  ELSE
    v_result := jsonb_build_object('ok', false, 'reason', 'not_found');
  END IF;
  UPDATE ${s}.inventory_keys SET result = v_result WHERE key = p_key;
  RETURN jsonb_build_object('status', 'applied', 'result', v_result);
END;
$fn$;
`;
}
