import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfPageCount } from '../../engines/pdf.mjs';

const plain = (pages: number) => `%PDF-1.4\n1 0 obj << /Type /Pages /Count ${pages} >> endobj\n${Array.from({ length: pages }, (_, i) => `${i + 2} 0 obj << /Type /Page /Parent 1 0 R >> endobj`).join('\n')}\n%%EOF`;

function packed(pages: number) {
  const objects = Buffer.from(Array.from({ length: pages }, () => '<< /Type /Page /Parent 1 0 R >>').join(' ') + ' << /Type /Pages /Count 1 >>', 'latin1');
  const stream = deflateSync(objects);
  return Buffer.concat([Buffer.from(`%PDF-1.7\n5 0 obj\n<< /Type /ObjStm /N ${pages + 1} /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream\nendobj\n%%EOF', 'latin1')]);
}

describe('pdfPageCount', () => {
  it('counts page objects written in plain text (Chromium), not the page tree', () => {
    expect(pdfPageCount(Buffer.from(plain(1), 'latin1'))).toBe(1);
    expect(pdfPageCount(Buffer.from(plain(3), 'latin1'))).toBe(3);
  });
  it('counts page objects inside compressed object streams (Firefox)', () => {
    expect(pdfPageCount(packed(1))).toBe(1);
    expect(pdfPageCount(packed(2))).toBe(2);
  });
  it('sees no page in a stream it cannot inflate', () => {
    const broken = Buffer.from('%PDF-1.7\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\nnot deflate\nendstream\n', 'latin1');
    expect(pdfPageCount(broken)).toBe(0);
  });
});
