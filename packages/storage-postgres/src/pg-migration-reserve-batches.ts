import type { QuotedSchema } from './pg-schema-name';

/**
 * Migration 6: many reservation plans in one call and one transaction (`reserve_plans`), so that
 * concurrent reservations from one process share a round trip and a commit instead of paying one
 * each. The work of one plan after its key is claimed moves into `apply_reserve_plan`, which both
 * `reserve_plan` (replaced whole; migrations 2 and 4 are never edited) and `reserve_plans` call,
 * so a plan gets the same checks and the same result whichever way it arrives.
 *
 * Lock order, the same in every function: idempotency keys, then quota rows, then stock rows, each
 * class sorted by its key. `reserve_plans` takes all of a batch's locks up front in that order, so
 * a batch and any other call never wait on each other in a cycle. Plans in one batch carry
 * distinct keys (the caller's duty); they are applied in the order given, each all or nothing,
 * and one plan's failure changes nothing for the others.
 */
export function reserveBatchesMigration(s: QuotedSchema): string {
  return `
-- One plan whose key this transaction has just claimed: the quota check, the conditional stock
-- updates (undone when a line does not fit), the reservation records, and the failure result
-- stored under the key. Returns {"status":"applied"} when the plan fit (the caller built the
-- result) or {"status":"applied","result":...} when it did not.
CREATE FUNCTION ${s}.apply_reserve_plan(
  p_key text, p_order_id text, p_channel text, p_ids text[],
  p_line_ids text[], p_skus text[], p_warehouses text[], p_quantities bigint[], p_at text
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  v_row record;
  v_done integer := 0;
  v_failed boolean := false;
  v_shortages jsonb;
  v_result jsonb;
  v_quota_shortages jsonb := '[]'::jsonb;
  v_limited boolean := false;
BEGIN
  IF p_channel IS NOT NULL AND array_length(p_skus, 1) = 1 THEN
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

CREATE OR REPLACE FUNCTION ${s}.reserve_plan(
  p_key text, p_fingerprint text, p_order_id text, p_channel text, p_ids text[],
  p_line_ids text[], p_skus text[], p_warehouses text[], p_quantities bigint[],
  p_at text, p_result jsonb
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  v_stored ${s}.inventory_keys%ROWTYPE;
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
  RETURN ${s}.apply_reserve_plan(p_key, p_order_id, p_channel, p_ids, p_line_ids, p_skus,
    p_warehouses, p_quantities, p_at);
END;
$fn$;

-- Plans i = 1..n with scalar arrays p_keys .. p_ats; plan i's lines are p_ids .. p_quantities
-- [p_starts[i] : p_starts[i] + p_counts[i] - 1]. Returns a jsonb array of outcomes in plan order,
-- each as reserve_plan returns it.
CREATE FUNCTION ${s}.reserve_plans(
  p_keys text[], p_fingerprints text[], p_order_ids text[], p_channels text[], p_results jsonb[],
  p_ats text[], p_starts integer[], p_counts integer[], p_ids text[], p_line_ids text[],
  p_skus text[], p_warehouses text[], p_quantities bigint[]
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  v_claimed text[];
  v_stored ${s}.inventory_keys%ROWTYPE;
  v_outcomes jsonb[] := '{}';
  v_first integer;
  v_last integer;
BEGIN
  WITH claimed AS (
    INSERT INTO ${s}.inventory_keys (key, operation, fingerprint, result)
      SELECT k.key, 'reserve', k.fingerprint, k.result
        FROM unnest(p_keys, p_fingerprints, p_results) AS k(key, fingerprint, result)
        ORDER BY k.key COLLATE "C"
      ON CONFLICT (key) DO NOTHING
      RETURNING key
  )
  SELECT coalesce(array_agg(claimed.key), '{}') INTO v_claimed FROM claimed;
  -- Every quota row and stock row the batch may touch, locked up front in the one order.
  PERFORM 1 FROM ${s}.channel_quotas AS q
    WHERE (q.sku, q.channel) IN (
      SELECT l.sku, p_channels[p.plan]
        FROM generate_subscripts(p_keys, 1) AS p(plan)
        CROSS JOIN LATERAL unnest(p_skus[p_starts[p.plan] : p_starts[p.plan] + p_counts[p.plan] - 1]) AS l(sku)
        WHERE p_channels[p.plan] IS NOT NULL)
    ORDER BY q.sku COLLATE "C", q.channel COLLATE "C"
    FOR UPDATE;
  PERFORM 1 FROM ${s}.inventory_items AS i
    WHERE (i.sku, i.warehouse_id) IN (
      SELECT u.sku, u.warehouse_id FROM unnest(p_skus, p_warehouses) AS u(sku, warehouse_id))
    ORDER BY i.sku COLLATE "C", i.warehouse_id COLLATE "C"
    FOR UPDATE;
  FOR v_plan IN 1 .. coalesce(array_length(p_keys, 1), 0) LOOP
    IF p_keys[v_plan] = ANY (v_claimed) THEN
      v_first := p_starts[v_plan];
      v_last := v_first + p_counts[v_plan] - 1;
      v_outcomes := v_outcomes || ${s}.apply_reserve_plan(p_keys[v_plan], p_order_ids[v_plan],
        p_channels[v_plan], p_ids[v_first : v_last], p_line_ids[v_first : v_last],
        p_skus[v_first : v_last], p_warehouses[v_first : v_last], p_quantities[v_first : v_last],
        p_ats[v_plan]);
    ELSE
      SELECT * INTO v_stored FROM ${s}.inventory_keys WHERE key = p_keys[v_plan];
      IF v_stored.operation <> 'reserve' OR v_stored.fingerprint <> p_fingerprints[v_plan] THEN
        v_outcomes := v_outcomes || jsonb_build_object('status', 'conflict');
      ELSE
        v_outcomes := v_outcomes || jsonb_build_object('status', 'replayed', 'result', v_stored.result);
      END IF;
    END IF;
  END LOOP;
  RETURN to_jsonb(v_outcomes);
END;
$fn$;
`;
}
