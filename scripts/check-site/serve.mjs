// @ts-check
// A static server for dist that behaves like a static host: directory indexes, 404.html for
// missing paths, and the headers from dist/_headers (so the browser enforces the header CSP
// together with each page's meta CSP, and any contradiction shows up as a violation).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { candidateFiles, headersForPath, parseHeadersFile, safeDecode } from './lib.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** @param {string} file */
async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * @param {string} distDir absolute path
 * @param {number} port 0 for any free port
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveDist(distDir, port) {
  let rules = /** @type {ReturnType<typeof parseHeadersFile>} */ ([]);
  try {
    rules = parseHeadersFile(await readFile(join(distDir, '_headers'), 'utf8'));
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = safeDecode(url.pathname);
    let status = 200;
    let file;
    for (const candidate of candidateFiles(pathname)) {
      const full = normalize(join(distDir, candidate));
      if (!full.startsWith(distDir + sep) && full !== distDir) break;
      if (await isFile(full)) {
        file = full;
        break;
      }
    }
    // A directory path without its slash: redirect like a static host does.
    if (file && !pathname.endsWith('/') && file.endsWith(`${sep}index.html`) && !pathname.endsWith('.html')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (!file) {
      status = 404;
      file = join(distDir, '404.html');
    }
    const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
    /** @type {Record<string, string>} */
    const headers = { ...headersForPath(rules, pathname), 'content-type': type, vary: 'accept-encoding' };
    try {
      let body = await readFile(file);
      // Compress text as any static host does, so transfer sizes (Lighthouse) are realistic.
      if (/text|json|xml|svg|javascript|wasm/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the checker server has no port');
  return {
    origin: `http://localhost:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
