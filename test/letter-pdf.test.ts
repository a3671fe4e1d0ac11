/**
 * R5: printed letters are clear, also for complainants whose names are not plain ASCII. The real
 * PDF is rendered and read back with poppler (pdftotext, pdffonts; installed by .ci/run), because
 * only a PDF reader shows whether a name survives: pdfkit writes any string without complaint.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderLetterPdf, type PrintableLetter } from '../api/complaints/letter-pdf';

const pdfToText = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();

/** pdffonts' table, one row per font: name and its "emb", "sub" and "uni" columns. */
function pdfFonts(pdf: Buffer) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letter-pdf-'));
  try {
    const file = path.join(dir, 'letter.pdf');
    fs.writeFileSync(file, pdf);
    const rows = execFileSync('pdffonts', [file]).toString().trim().split('\n').slice(2);
    // Columns: name, type (may hold spaces), encoding, emb, sub, uni, object number and generation.
    return rows.map((row) => {
      const cells = row.trim().split(/\s+/);
      const [emb, sub, uni] = cells.slice(-5, -2);
      return { name: cells[0], emb, sub, uni };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Each line short enough not to wrap, so pdftotext gives back the very lines written.
const letter: PrintableLetter = {
  organisation: 'Balans Borne',
  recipient: 'Şükrü Öztürk-Łukasiewicz\nGrotestraat 1\n7622 GM Borne',
  date: '25 november 2026',
  subject: 'Reactie op uw klacht, mede namens Zoë Çelik (KL-2026-00001)',
  body: [
    'Beste Şükrü Öztürk-Łukasiewicz,',
    'Wij spraken met Zoë Çelik, mevrouw Đorđević en de heer Ørsted.',
    'Ook Αλέξανδρος en mevrouw Иванов hebben uw klacht gelezen.',
    'U krijgt € 25,– terug, “zoals beloofd” — en ‘per omgaande’.',
    'Met vriendelijke groet,',
    'Balans Borne',
  ].join('\n\n'),
};

test('R5: a letter prints every name and sign as written (Unicode font embedded)', async () => {
  const text = pdfToText(await renderLetterPdf(letter));

  const lines = text.split('\n').filter((line) => line.trim() !== '');
  expect(lines).toEqual([
    letter.organisation,
    ...letter.recipient.split('\n'),
    letter.date,
    letter.subject,
    ...letter.body.split('\n\n'),
  ]);
  for (const written of ['Şükrü Öztürk-Łukasiewicz', 'Zoë Çelik', 'Đorđević', 'Ørsted', 'Αλέξανδρος', 'Иванов'])
    expect(text).toContain(written);
  for (const sign of ['€ 25,–', '“zoals beloofd”', '—', '‘per omgaande’']) expect(text).toContain(sign);
});

test('R5: a letter carries its fonts, so it prints the same anywhere; none is a built-in PDF font', async () => {
  const fonts = pdfFonts(await renderLetterPdf(letter));

  // Regular and bold DejaVu Sans, each embedded, subset (six-letter prefix) and with a Unicode map.
  expect(fonts.map((font) => font.name?.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
  for (const font of fonts) {
    expect(font).toMatchObject({ emb: 'yes', sub: 'yes', uni: 'yes' });
    expect(font.name).not.toMatch(/Helvetica|Times|Courier/);
  }
});

test('R5: a letter embeds only the glyphs it uses, so it stays small enough to mail and archive', async () => {
  // The two font files together are about 1.4 MB; a subset letter is a few tens of kB.
  expect((await renderLetterPdf(letter)).length).toBeLessThan(60_000);
});
