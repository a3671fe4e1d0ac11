/**
 * R4: a staff account carries the e-mail address its reminders go to. Operators set it when they make
 * the account (API or `npm run create-account`) and change it later; one address, one account.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import request from 'supertest';
import { ROOT } from './support/paths';
import { createTestDatabase } from './support/test-database';
import { useHarness } from './support/harness';
import { fieldCodes } from './support/problems';

const h = useHarness();

const patch = (id: string, body: Record<string, unknown>) =>
  request(h.app).patch(`/api/staff/${id}`).set(h.as('operator')).send(body);
const make = (id: string, email?: string) =>
  h.post('/api/staff', { id, name: `Collega ${id}`, roles: ['handler'], ...(email ? { email } : {}) }, 'operator');

test('R4: an operator gives a new account an e-mail address; it is stored lower-case and listed, the token hash never', async () => {
  const made = await make('mirjam', 'Mirjam.Bos@BalansBorne.test');
  expect(made.status).toBe(201);
  expect(made.body.account).toEqual({
    id: 'mirjam',
    name: 'Collega mirjam',
    email: 'mirjam.bos@balansborne.test',
    roles: ['handler'],
  });
  const listed = await h.get('/api/staff', 'operator');
  expect(listed.body.items).toContainEqual(
    expect.objectContaining({ id: 'mirjam', email: 'mirjam.bos@balansborne.test' }),
  );
  expect(listed.body.items).toContainEqual(expect.objectContaining({ id: 'handler-1', email: null }));
  const changed = await patch('mirjam', { name: 'Mirjam Bos' });
  for (const answer of [made, listed, changed]) expect(answer.text).not.toMatch(/tokenHash|[0-9a-f]{64}/);
});

test("R4: an operator changes an account's e-mail address, name and roles; the token keeps working", async () => {
  const { token } = (await make('pieter', 'pieter@balansborne.test')).body;
  const changed = await patch('pieter', { email: 'P.Smit@BalansBorne.test', name: 'Pieter Smit' });
  expect(changed.status).toBe(200);
  expect(changed.body.account).toMatchObject({ id: 'pieter', name: 'Pieter Smit', email: 'p.smit@balansborne.test' });
  const row = await h.register.db.staffAccount.findUniqueOrThrow({ where: { id: 'pieter' } });
  expect(row.email).toBe('p.smit@balansborne.test');

  const asPieter = () => request(h.app).get('/api/complaints').set('Authorization', `Bearer ${token}`);
  expect((await asPieter()).status).toBe(200);
  expect((await patch('pieter', { roles: ['operator'] })).body.account.roles).toEqual(['operator']);
  expect((await asPieter()).status).toBe(403);

  // Taken away: the address is free for another account, and the account's reminders go to the desk.
  expect((await patch('pieter', { email: null })).body.account.email).toBeNull();
  expect((await make('opvolger', 'p.smit@balansborne.test')).status).toBe(201);
});

test('R4: an e-mail address that belongs to another account: 409, when making an account and when changing one', async () => {
  await make('eigenaar', 'gedeeld@balansborne.test').expect(201);
  await make('tweede').expect(201);
  const made = await make('derde', 'Gedeeld@balansborne.test');
  expect(made.status).toBe(409);
  expect(made.body.error).toBe('the e-mail address gedeeld@balansborne.test belongs to account eigenaar');
  const changed = await patch('tweede', { email: 'gedeeld@balansborne.test' });
  expect(changed.status).toBe(409);
  expect(changed.body.error).toBe('the e-mail address gedeeld@balansborne.test belongs to account eigenaar');
  expect(await h.register.db.staffAccount.findUnique({ where: { id: 'derde' } })).toBeNull();
  // Its own address again is no conflict; a login name taken stays a 409 of its own.
  expect((await patch('eigenaar', { email: 'gedeeld@balansborne.test' })).status).toBe(200);
  expect((await make('eigenaar', 'ander@balansborne.test')).body.error).toBe('an account eigenaar exists already');
});

test('R4: bad input to an account: 400 with field and reason; an unknown account: 404', async () => {
  await make('invoer').expect(201);
  const cases: [Record<string, unknown>, { field: string; code: string }[]][] = [
    [{ email: 'geen-adres' }, [{ field: 'email', code: 'email' }]],
    [{ email: 'a@b.nl\r\nBcc: c@d.nl' }, [{ field: 'email', code: 'email' }]],
    [{ roles: ['koning'] }, [{ field: 'roles.0', code: 'choose' }]],
    [{ roles: [] }, [{ field: 'roles', code: 'roles' }]],
    [{ name: '' }, [{ field: 'name', code: 'required' }]],
    [{}, [{ field: '(body)', code: 'nothing_to_change' }]],
    [{ email: 'x@y.nl', tokenHash: 'abc' }, [{ field: 'tokenHash', code: 'unknown_field' }]],
  ];
  for (const [body, fields] of cases) {
    const res = await patch('invoer', body);
    expect({ body, status: res.status, fields: fieldCodes(res.body) }).toEqual({ body, status: 400, fields });
  }
  const bad = await make('nieuw-adres', 'niet een adres');
  expect(bad.status).toBe(400);
  expect(fieldCodes(bad.body)).toEqual([{ field: 'email', code: 'email' }]);

  const unknown = await patch('niemand', { name: 'Niemand' });
  expect(unknown.status).toBe(404);
  expect(unknown.body.error).toBe('account niemand not found');
});

test('an operator cannot take the operator role from their own account (409), as they cannot disable it', async () => {
  const res = await patch('operator-1', { roles: ['handler'] });
  expect(res.status).toBe(409);
  expect((await h.register.db.staffAccount.findUniqueOrThrow({ where: { id: 'operator-1' } })).roles).toBe('operator');
  expect((await patch('operator-1', { roles: ['operator', 'manager'] })).status).toBe(200);
});

test('"me" is reserved: it stands for the caller in handler=me', async () => {
  const res = await h.post('/api/staff', { id: 'me', name: 'Ik', roles: ['handler'] }, 'operator');
  expect(res.status).toBe(400);
  expect(fieldCodes(res.body)).toEqual([{ field: 'id', code: 'reserved_login' }]);
});

test('R4: npm run create-account takes the e-mail address as its fourth argument', async () => {
  const register = await createTestDatabase();
  const run = (...args: string[]) =>
    promisify(execFile)('npx', ['tsx', 'scripts/create-account.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: register.url, DATA_DIR: register.dir },
    });
  try {
    const { stdout } = await run('anna', 'Anna de Vries', 'handler,manager', 'Anna@BalansBorne.test');
    expect(stdout).toContain('account anna (handler, manager, reminders to anna@balansborne.test) made');
    const row = await register.db.staffAccount.findUniqueOrThrow({ where: { id: 'anna' } });
    expect(row).toMatchObject({ name: 'Anna de Vries', email: 'anna@balansborne.test', roles: 'handler,manager' });

    const bad = await run('bert', 'Bert', 'handler', 'geen-adres').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('email: must be an e-mail address') });
    const taken = await run('carla', 'Carla', 'handler', 'anna@balansborne.test').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(taken).toMatchObject({ code: 1, stderr: expect.stringContaining('belongs to account anna') });
    expect(await register.db.staffAccount.count()).toBe(1);
  } finally {
    await register.close();
  }
});
