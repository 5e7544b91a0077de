import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * split_payment_groups, same contract and results, fewer steps per voucher (PL/pgSQL evaluates
 * each expression separately, so every array access counts): the order check walks the days once
 * with FOREACH, the walk compares with the start's last day kept in a variable, and the limit is
 * compared in whole cents (s ≥ limit × 100 ⇔ s ≥ ceil(limit × 100) for a whole number of cents).
 * 5M vouchers, 100,000 payees: 3.1–3.6 s → 2.6–2.9 s for the calls alone (psql, same arrays).
 */
// Full text (frozen): the function as 1796000000000 created it, for down().
const SPLIT_PAYMENT_GROUPS_FN = `CREATE FUNCTION split_payment_groups(days integer[], cents bigint[], lim numeric, win integer)
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

export const SPLIT_PAYMENT_GROUPS_TIGHT_FN = `CREATE OR REPLACE FUNCTION split_payment_groups(days integer[], cents bigint[], lim numeric, win integer)
RETURNS TABLE (first_day integer, n integer, total_cents bigint)
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  len integer := cardinality(days);
  lim_cents bigint := ceil(lim * 100);
  i integer := 1;
  j integer;
  s bigint;
  d integer;
  prev integer;
  last_day integer;
BEGIN
  IF cardinality(cents) <> len THEN
    RAISE EXCEPTION 'split_payment_groups: % days but % amounts', len, cardinality(cents);
  END IF;
  prev := days[1];
  FOREACH d IN ARRAY days LOOP
    IF d < prev THEN
      SELECT array_agg(u.d ORDER BY u.d), array_agg(u.c ORDER BY u.d) INTO days, cents
      FROM unnest(days, cents) AS u(d, c);
      EXIT;
    END IF;
    prev := d;
  END LOOP;
  WHILE i <= len LOOP
    last_day := days[i] + win;
    j := i;
    s := 0;
    LOOP
      s := s + cents[j];
      j := j + 1;
      EXIT WHEN j > len OR days[j] > last_day;
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

export class SplitPaymentGroupsTight1796000500000 implements MigrationInterface {
  name = 'SplitPaymentGroupsTight1796000500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(SPLIT_PAYMENT_GROUPS_TIGHT_FN);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(SPLIT_PAYMENT_GROUPS_FN.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'));
  }
}
