import { INestApplication } from '@nestjs/common';
import { TestingModule } from '@nestjs/testing';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import type { AlertDetailDto } from '@bs/shared-model';
import { AGENCY, AGENCY2, insertAlerts, seedRecords } from '../testing/alerts-seed';
import { alertsTestApp, alertsTestModule } from '../testing/alerts-test-module';
import { AlertWorkflowService } from './alert-workflow.service';

const auditor = { username: 'auditor1' };

interface AuditRow {
  actor: string;
  action: string;
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('alert workflow (real PostgreSQL)', () => {
  let db: TestDatabase;
  let mod: TestingModule;
  let workflow: AlertWorkflowService;
  let ids: number[];

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedRecords(db.ds);
    ids = await insertAlerts(
      db.ds,
      Array.from({ length: 6 }, (_, i) => ({
        ruleId: 'CASH_LARGE',
        subjectKey: `PV-${100 + i}`,
        amount: '60000.00',
      })),
    );
    mod = await alertsTestModule(db.ds);
    workflow = mod.get(AlertWorkflowService);
  });

  afterAll(async () => {
    await mod?.close();
    await db?.drop();
  });

  const audit = (id: number): Promise<AuditRow[]> =>
    db.ds.query(`SELECT actor, action, target, before, after FROM audit_log WHERE target = $1 ORDER BY id`, [
      `alert:${id}`,
    ]);
  const events = (
    id: number,
  ): Promise<
    { kind: string; from_status: string; to_status: string; actor: string; comment: string | null }[]
  > =>
    db.ds.query(
      `SELECT kind, from_status, to_status, actor, comment FROM alert_event WHERE alert_id = $1 ORDER BY id`,
      [id],
    );

  it('walks new -> confirmed (assigned with a due date, 督办) -> resolved, recording events, history and audit log', async () => {
    const id = ids[0];
    const confirmed = await workflow.transition(
      id,
      { to: 'confirmed', comment: '情况属实', assignedAgency: AGENCY2, dueDate: '2024-09-30' },
      auditor,
    );
    expect(confirmed).toMatchObject({ status: 'confirmed', assignedAgency: AGENCY2, dueDate: '2024-09-30' });
    const reassigned = await workflow.transition(
      id,
      { to: 'confirmed', comment: '改由教育局说明', assignedAgency: AGENCY },
      auditor,
    );
    expect(reassigned).toMatchObject({ status: 'confirmed', assignedAgency: AGENCY, dueDate: null });
    await workflow.comment(id, '已电话督促', auditor);
    const resolved = await workflow.transition(id, { to: 'resolved', comment: '已退回资金' }, auditor);
    expect(resolved.status).toBe('resolved');
    expect(resolved.assignedAgency).toBe(AGENCY);

    expect(resolved.history.map((h) => [h.from, h.to, h.by, h.comment, h.assignedAgency, h.dueDate])).toEqual(
      [
        ['new', 'confirmed', 'auditor1', '情况属实', AGENCY2, '2024-09-30'],
        ['confirmed', 'confirmed', 'auditor1', '改由教育局说明', AGENCY, null],
        ['confirmed', 'confirmed', 'auditor1', '已电话督促', null, null],
        ['confirmed', 'resolved', 'auditor1', '已退回资金', null, null],
      ],
    );
    expect(
      (resolved.history as (AlertDetailDto['history'][number] & { kind: string })[]).map((h) => h.kind),
    ).toEqual(['transition', 'assign', 'comment', 'transition']);
    expect((await events(id)).map((e) => e.kind)).toEqual(['transition', 'assign', 'comment', 'transition']);

    const log = await audit(id);
    expect(log.map((l) => l.action)).toEqual([
      'alert.transition',
      'alert.transition',
      'alert.comment',
      'alert.transition',
    ]);
    expect(log[0]).toMatchObject({
      actor: 'auditor1',
      before: { status: 'new', assignedAgency: null, dueDate: null },
      after: { status: 'confirmed', assignedAgency: AGENCY2, dueDate: '2024-09-30', comment: '情况属实' },
    });
    expect(log[3]).toMatchObject({ before: { status: 'confirmed' }, after: { status: 'resolved' } });
  });

  it('refuses forbidden moves with 409 and a Chinese/English message, changing nothing', async () => {
    const id = ids[1];
    await expect(workflow.transition(id, { to: 'resolved', comment: 'x' }, auditor)).rejects.toMatchObject({
      status: 409,
      response: {
        messageZh: '预警状态不能从“待核实”变为“已处理”',
        messageEn: 'an alert cannot move from new to resolved',
      },
    });
    await workflow.transition(id, { to: 'dismissed', comment: '系统重复导入造成，非真实支付' }, auditor);
    for (const to of ['confirmed', 'resolved', 'dismissed'] as const) {
      await expect(workflow.transition(id, { to, comment: 'again' }, auditor)).rejects.toMatchObject({
        status: 409,
      });
    }
    expect((await events(id)).map((e) => `${e.from_status}->${e.to_status}`)).toEqual(['new->dismissed']);
    expect(await audit(id)).toHaveLength(1);
  });

  it('refuses a dismissal without a reason (400) and an assignment to an unknown agency or when not confirming', async () => {
    const id = ids[2];
    await expect(workflow.transition(id, { to: 'dismissed', comment: '  ' }, auditor)).rejects.toMatchObject({
      status: 400,
      response: { messageZh: '排除预警须填写理由' },
    });
    await expect(
      workflow.transition(id, { to: 'confirmed', assignedAgency: '999999' }, auditor),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      workflow.transition(id, { to: 'dismissed', comment: 'r', dueDate: '2024-10-01' }, auditor),
    ).rejects.toMatchObject({ status: 400 });
    await expect(workflow.transition(999999, { to: 'confirmed' }, auditor)).rejects.toMatchObject({
      status: 404,
    });
    const rows: { status: string }[] = await db.ds.query(`SELECT status FROM alert WHERE id = $1`, [id]);
    expect(rows[0].status).toBe('new');
    expect(await events(id)).toEqual([]);
    expect(await audit(id)).toEqual([]);
  });

  it('serialises concurrent transitions on the row lock: exactly one of two confirmations wins', async () => {
    const id = ids[3];
    const results = await Promise.allSettled([
      workflow.transition(id, { to: 'confirmed', comment: 'a' }, { username: 'a' }),
      workflow.transition(id, { to: 'confirmed', comment: 'b' }, { username: 'b' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(
      rejected && rejected.status === 'rejected' ? (rejected.reason as { status?: number }).status : null,
    ).toBe(409);
    expect(await events(id)).toHaveLength(1);
    // A move that is allowed after the winner still goes through (the loser saw the new status).
    await expect(workflow.transition(id, { to: 'dismissed', comment: 'c' }, auditor)).resolves.toMatchObject({
      status: 'dismissed',
    });
  });

  describe('over HTTP', () => {
    let app: INestApplication;
    let base: string;

    beforeAll(async () => {
      ({ app, base } = await alertsTestApp(db.ds));
    });
    afterAll(async () => {
      await app?.close();
    });

    const post = (path: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    it('transitions and comments as the current user; 409 bodies carry both languages', async () => {
      const id = ids[4];
      const ok = await post(`/alerts/${id}/transition`, {
        to: 'confirmed',
        comment: '属实',
        assignedAgency: AGENCY,
        dueDate: '2024-10-31',
      });
      expect(ok.status).toBe(200);
      const detail = (await ok.json()) as AlertDetailDto;
      expect(detail).toMatchObject({
        id,
        status: 'confirmed',
        assignedAgency: AGENCY,
        dueDate: '2024-10-31',
      });
      expect(detail.history[0]).toMatchObject({ by: 'auditor1', from: 'new', to: 'confirmed' });

      const comment = await post(`/alerts/${id}/comments`, { comment: '请于月底前回复' });
      expect(comment.status).toBe(200);
      expect(((await comment.json()) as AlertDetailDto).history).toHaveLength(2);

      const bad = await post(`/alerts/${id}/transition`, { to: 'confirmed', comment: 'again' });
      expect(bad.status).toBe(409);
      const body = (await bad.json()) as { message: string; messageEn: string };
      expect(body.message).toContain('预警已是“已确认”状态');
      expect(body.messageEn).toBe('the alert is already confirmed');
    });

    it('validates the body (unknown target, bad date, extra fields) with 400', async () => {
      const id = ids[5];
      expect((await post(`/alerts/${id}/transition`, { to: 'new', comment: 'x' })).status).toBe(400);
      expect(
        (await post(`/alerts/${id}/transition`, { to: 'confirmed', dueDate: '30/09/2024' })).status,
      ).toBe(400);
      expect((await post(`/alerts/${id}/transition`, { to: 'confirmed', extra: 1 })).status).toBe(400);
      expect((await post(`/alerts/${id}/comments`, { comment: '' })).status).toBe(400);
      expect((await post(`/alerts/abc/transition`, { to: 'confirmed' })).status).toBe(400);
    });

    it('serves list, detail and a CSV download', async () => {
      const list = await fetch(`${base}/alerts?fiscalYear=2024&status=confirmed&pageSize=10`);
      expect(list.status).toBe(200);
      const page = (await list.json()) as { items: { id: number }[]; total: number };
      expect(page.items.map((a) => a.id)).toEqual([ids[4]]);
      expect((await fetch(`${base}/alerts/${ids[0]}`)).status).toBe(200);
      expect((await fetch(`${base}/alerts/424242`)).status).toBe(404);
      expect((await fetch(`${base}/alerts?severity=bad`)).status).toBe(400);
      const csv = await fetch(`${base}/alerts?fiscalYear=2024&format=csv`);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(csv.headers.get('content-disposition')).toContain('filename="export_2024.csv"');
      const textBody = await csv.text();
      expect(textBody.split('\r\n').filter(Boolean)).toHaveLength(7);
    });
  });
});
