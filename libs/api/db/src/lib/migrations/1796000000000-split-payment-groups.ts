import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * split_payment_groups(days, cents, limit, window): the greedy grouping of SPLIT_PAYMENT (rules.md)
 * over ONE (agency, payee key)'s vouchers — day numbers and amounts in cents, in date order — as
 * the firing groups only (≥ 2 vouchers summing ≥ limit yuan). A group starts at the first voucher
 * not yet grouped and takes every later voucher dated ≤ its start + window days; groups therefore
 * hold whole dates, so the order among same-date vouchers does not matter.
 * Why a function: the chain of group starts is sequential per payee; walking the payee's arrays
 * once is linear, where a window + recursive chain in SQL cost three times as much (rules README).
 * The arrays are fixed-width (int, bigint), so element access is O(1). Input not in date order is
 * sorted first (the caller's array_agg order follows its plan; this keeps the result exact anyway).
 */
export const SPLIT_PAYMENT_GROUPS_FN = `CREATE FUNCTION split_payment_groups(days integer[], cents bigint[], lim numeric, win integer)
RETURNS TABLE (first_day integer, n integer, total_cents bigint)
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  len integer := cardinality(days);
  lim_cents numeric := lim * 100;
  i integer := 1;
  j integer;
  s bigint;
  k integer;
BEGIN
  IF cardinality(cents) <> len THEN
    RAISE EXCEPTION 'split_payment_groups: % days but % amounts', len, cardinality(cents);
  END IF;
  FOR k IN 2..len LOOP
    IF days[k] < days[k - 1] THEN
      SELECT array_agg(u.d ORDER BY u.d), array_agg(u.c ORDER BY u.d) INTO days, cents
      FROM unnest(days, cents) AS u(d, c);
      EXIT;
    END IF;
  END LOOP;
  WHILE i <= len LOOP
    j := i;
    s := 0;
    WHILE j <= len AND days[j] - days[i] <= win LOOP
      s := s + cents[j];
      j := j + 1;
    END LOOP;
    IF j - i >= 2 AND s >= lim_cents THEN
      first_day := days[i];
      n := j - i;
      total_cents := s;
      RETURN NEXT;
    END IF;
    i := j;
  END LOOP;
END
$fn$`;

export class SplitPaymentGroups1796000000000 implements MigrationInterface {
  name = 'SplitPaymentGroups1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(SPLIT_PAYMENT_GROUPS_FN);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION split_payment_groups(integer[], bigint[], numeric, integer)`);
  }
}
