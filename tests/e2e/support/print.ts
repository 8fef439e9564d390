import type { Page } from '@playwright/test';
import { pdfPageCount } from '../../engines/pdf.mjs';

/** The sheets Chromium's own print (page.pdf) gives the page on that paper, counted as the engine smoke counts them. */
export async function printedSheets(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  return pdfPageCount(await page.pdf({ format, printBackground: false }));
}
