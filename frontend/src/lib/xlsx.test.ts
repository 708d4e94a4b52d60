import { crc32 as nodeCrc32 } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { workbook, zip } from './xlsx';

/** The entries of a stored ZIP, read back through its central directory as any unzip tool does. */
function unzip(bytes: Uint8Array): Map<string, { data: Uint8Array; crc: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, { data: Uint8Array; crc: number }>();
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const start = local + 30 + view.getUint16(local + 26, true);
    entries.set(name, { data: bytes.subarray(start, start + size), crc });
    at += 46 + nameLength;
  }
  return entries;
}

describe('the browser-written workbook', () => {
  it('is a ZIP whose entries carry their true checksums', () => {
    const data = new TextEncoder().encode('Показатели школы');
    const entries = unzip(zip([{ name: 'a/b.xml', data }]));
    const entry = entries.get('a/b.xml')!;
    expect(new TextDecoder().decode(entry.data)).toBe('Показатели школы');
    expect(entry.crc).toBe(nodeCrc32(data));
  });

  it('holds the parts Excel needs and the table as shown, numbers as numbers', () => {
    const entries = unzip(
      workbook({
        name: 'Охват обучающихся: 2026/27',
        header: ['Муниципалитет', 'Значение, %', 'Числитель'],
        rows: [
          ['город Тверь', 31.5, 120],
          ['Конаковский <округ> & Ко', null, 0],
        ],
      }),
    );
    expect([...entries.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    for (const { data, crc } of entries.values()) {
      expect(crc).toBe(nodeCrc32(data));
    }
    const text = (name: string) => new TextDecoder().decode(entries.get(name)!.data);
    const sheet = text('xl/worksheets/sheet1.xml');
    expect(sheet).toContain(
      '<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Муниципалитет</t></is></c>',
    );
    expect(sheet).toContain('<c r="B2"><v>31.5</v></c>');
    expect(sheet).toContain('<c r="C3"><v>0</v></c>');
    expect(sheet).toContain('Конаковский &lt;округ&gt; &amp; Ко');
    expect(sheet).not.toContain('r="B3"');
    // A sheet's name may not hold a colon or a slash, and Excel cuts it at 31 characters.
    expect(text('xl/workbook.xml')).toContain('<sheet name="Охват обучающихся  2026 27"');
  });
});
