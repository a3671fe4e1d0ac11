/**
 * R6: charts for people who would rather look than read — SVG drawn on the server from the figures,
 * valid XML (parsed strictly here), labels escaped (categories are typed by people), accessible (an
 * image named by its title, described by its description) and with every number also as text.
 */
import request from 'supertest';
import { CHART_NAMES } from '../api/reports/charts';
import { barChart } from '../web/charts/bar-chart';
import { lineChart } from '../web/charts/line-chart';
import { useHarness } from './support/harness';
import { insertComplaint } from './support/register-rows';
import { elements, parseXml, type XmlElement } from './support/xml';

const h = useHarness();

const texts = (root: XmlElement) =>
  elements(root)
    .filter((e) => e.tag === 'text')
    .map((e) => e.text);
const child = (root: XmlElement, tag: string) => root.children.find((c) => c.tag === tag)!;

function expectAccessible(svg: XmlElement, id: string, title: string) {
  expect(svg.tag).toBe('svg');
  expect(svg.attrs.role).toBe('img');
  expect(svg.attrs['aria-labelledby']).toBe(`${id}-title ${id}-desc`);
  expect(child(svg, 'title')).toMatchObject({ attrs: { id: `${id}-title` }, text: title });
  expect(child(svg, 'desc').attrs.id).toBe(`${id}-desc`);
}

test('R6: a bar chart is valid SVG; labels typed by people are escaped, not markup; every number is written out', () => {
  const hostile = '<script>alert("x")</script> & \'o\'';
  const svg = barChart({
    id: 'causes',
    title: 'Oorzaken & gevolgen',
    description: 'Per oorzaak.',
    bars: [
      { label: hostile, value: 1234, previous: 7 },
      { label: 'wachttijd', value: 3, previous: null },
    ],
    series: { current: '2026', previous: '2025' },
  });
  expect(svg).not.toContain('<script>');
  const root = parseXml(svg);
  expectAccessible(root, 'causes', 'Oorzaken & gevolgen');
  expect(child(root, 'desc').text).toBe(`Per oorzaak. ${hostile}: 1.234 (daarvoor 7); wachttijd: 3.`);
  // A long label is cut on the chart (26 characters); the description and the bar's title keep it whole.
  expect(texts(root)).toEqual(expect.arrayContaining([`${hostile.slice(0, 25)}…`, '1.234', '7', 'wachttijd', '3']));
  // The full label stays readable as the bar's own title.
  expect(
    elements(root)
      .filter((e) => e.tag === 'title')
      .map((e) => e.text),
  ).toContain(hostile);
  expect(elements(root).filter((e) => e.tag === 'script')).toEqual([]);
});

test('R6: a line chart draws each series over the same points, the numbers as text, a gap where a series has none', () => {
  const svg = lineChart({
    id: 'trend',
    title: 'Klachten per maand',
    description: 'Per maand.',
    points: ['okt 2026', 'nov 2026'],
    series: [
      { name: 'dit jaar', values: [12, 30] },
      { name: 'vorig jaar', values: [null, 8], pointNames: ['okt 2025', 'nov 2025'] },
    ],
  });
  const root = parseXml(svg);
  expectAccessible(root, 'trend', 'Klachten per maand');
  expect(child(root, 'desc').text).toBe('Per maand. dit jaar: okt 2026: 12, nov 2026: 30. vorig jaar: nov 2025: 8.');
  expect(texts(root)).toEqual(expect.arrayContaining(['12', '30', '8', 'okt 2026', 'nov 2026', 'dit jaar']));
  const lines = elements(root).filter((e) => e.tag === 'polyline');
  expect(lines.map((l) => l.attrs.points.split(' ').length)).toEqual([2, 1]);
  expect(lines[1].attrs['stroke-dasharray']).toBeDefined(); // told apart by more than colour
});

test("R6: a line chart's grid reads in whole numbers (counts), its top at or just above the largest value", () => {
  // The grid's labels are the texts set flush right against the axis.
  const gridLabels = (value: number) =>
    elements(
      parseXml(
        lineChart({ id: 't', title: 'T', description: 'D.', points: ['a'], series: [{ name: 's', values: [value] }] }),
      ),
    )
      .filter((e) => e.tag === 'text' && e.attrs['text-anchor'] === 'end')
      .map((e) => e.text);
  expect(gridLabels(24)).toEqual(['0', '6', '12', '18', '24']);
  expect(gridLabels(3)).toEqual(['0', '1', '2', '3', '4']);
  expect(gridLabels(92)).toEqual(['0', '25', '50', '75', '100']);
});

test('R6: a chart without data says so', () => {
  const root = parseXml(barChart({ id: 'leeg', title: 'Leeg', description: 'Niets.', bars: [] }));
  expect(child(root, 'desc').text).toBe('Niets. Geen gegevens.');
  expect(texts(root)).toContain('Geen gegevens');
});

test('R6: GET /api/reports/charts/:name.svg serves each chart from the figures, for managers and operators', async () => {
  await insertComplaint(h.register.db, {
    reference: 'KL-2026-00001',
    receivedAt: '2026-03-31T22:30:00Z',
    category: 'Facturatie & <incasso>',
    cause: 'dubbele boeking',
    status: 'closed',
    closedAt: '2026-04-10T10:00:00Z',
  });
  const period = 'from=2026-04-01&to=2026-06-30';
  for (const name of CHART_NAMES) {
    const res = await request(h.app)
      .get(`/api/reports/charts/${name}.svg?${period}`)
      .set(h.as('operator'))
      .buffer(true)
      .parse((r, done) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString('utf8')));
        r.on('end', () => done(null, text));
      });
    expect({ name, status: res.status, type: res.headers['content-type'] }).toEqual({
      name,
      status: 200,
      type: 'image/svg+xml; charset=utf-8',
    });
    const root = parseXml(res.body as string);
    expectAccessible(root, name, expect.any(String) as unknown as string);
    if (name === 'volume-trend') {
      expect(child(root, 'desc').text).toContain('apr 2026: 1, mei 2026: 0, jun 2026: 0');
      expect(texts(root)).toEqual(expect.arrayContaining(['apr 2026', 'mei 2026', 'jun 2026', '1']));
    }
    if (name === 'categories') expect(texts(root)).toEqual(expect.arrayContaining(['Facturatie & <incasso>', '1']));
  }
  await request(h.app).get(`/api/reports/charts/nonsense.svg?${period}`).set(h.as('manager')).expect(404);
  await request(h.app)
    .get(`/api/reports/charts/categories.svg?from=2026-13-01&to=2026-12-31`)
    .set(h.as('manager'))
    .expect(400);
  await request(h.app).get(`/api/reports/charts/categories.svg`).set(h.as('handler')).expect(403);
});
