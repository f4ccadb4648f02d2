// A throwaway CA and a leaf certificate for the hosts served locally (TOOLING.md "Serving real
// hostnames locally"). Browsers run with acceptInsecureCerts, so the CA is never trusted anywhere;
// it exists so the leaf is a normal CA-signed server cert (Firefox rejects some self-signed
// leaves more eagerly than an unknown issuer). Made with the system `openssl`, cached under
// .cache/certs/ (gitignored) and reused while it is valid for the same host list.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_CERT_DIR = join(ROOT, '.cache', 'certs');

/** Regenerate when the leaf has less than a day left. */
const MIN_REMAINING_SECONDS = 24 * 60 * 60;
const VALID_DAYS = 30;

/**
 * @typedef {{ key: string, cert: string, ca: string, dir: string }} CertBundle
 *   PEM text of the leaf key, leaf cert and CA cert; `dir` where they live.
 */

/**
 * Return a key and certificate valid for every host in `hosts`, making them if needed.
 * @param {readonly string[]} hosts
 * @param {{ dir?: string }} [options]
 * @returns {CertBundle}
 */
export function ensureCerts(hosts, { dir = DEFAULT_CERT_DIR } = {}) {
  const wanted = normaliseHosts(hosts);
  if (!isCacheUsable(dir, wanted)) generateInto(dir, wanted);
  return {
    key: readFileSync(join(dir, 'leaf.key'), 'utf8'),
    cert: readFileSync(join(dir, 'leaf.crt'), 'utf8'),
    ca: readFileSync(join(dir, 'ca.crt'), 'utf8'),
    dir,
  };
}

/** @param {readonly string[]} hosts */
function normaliseHosts(hosts) {
  if (hosts.length === 0) throw new Error('ensureCerts: no hosts given');
  return [...new Set(hosts.map((h) => h.toLowerCase()))].sort();
}

/**
 * @param {string} dir
 * @param {string[]} hosts
 */
function isCacheUsable(dir, hosts) {
  const files = ['ca.crt', 'leaf.key', 'leaf.crt', 'hosts.txt'].map((f) => join(dir, f));
  if (!files.every((f) => existsSync(f))) return false;
  if (readFileSync(join(dir, 'hosts.txt'), 'utf8') !== hosts.join('\n')) return false;
  try {
    // -checkend exits 1 when the cert expires within the window.
    openssl(['x509', '-checkend', String(MIN_REMAINING_SECONDS), '-noout', '-in', join(dir, 'leaf.crt')]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Build everything in a fresh sibling directory, then swap it in, so a concurrent reader never
 * sees a key from one run beside a cert from another.
 * @param {string} dir
 * @param {string[]} hosts
 */
function generateInto(dir, hosts) {
  mkdirSync(dirname(dir), { recursive: true });
  const tmp = mkdtempSync(`${dir}.tmp-`);
  try {
    makeCa(tmp);
    makeLeaf(tmp, hosts);
    writeFileSync(join(tmp, 'hosts.txt'), hosts.join('\n'));
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** @param {string} dir */
function makeCa(dir) {
  openssl([
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', join(dir, 'ca.key'), '-out', join(dir, 'ca.crt'), '-days', String(VALID_DAYS),
    '-subj', '/CN=Parliament Lens throwaway test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
}

/**
 * @param {string} dir
 * @param {string[]} hosts
 */
function makeLeaf(dir, hosts) {
  const ext = join(dir, 'leaf.ext');
  writeFileSync(ext, [
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature,keyEncipherment',
    'extendedKeyUsage=serverAuth',
    `subjectAltName=${[...hosts.map((h) => `DNS:${h}`), 'DNS:localhost', 'IP:127.0.0.1'].join(',')}`,
    '',
  ].join('\n'));
  openssl([
    'req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', join(dir, 'leaf.key'), '-out', join(dir, 'leaf.csr'), '-subj', `/CN=${hosts[0]}`,
  ]);
  openssl([
    'x509', '-req', '-in', join(dir, 'leaf.csr'), '-CA', join(dir, 'ca.crt'), '-CAkey', join(dir, 'ca.key'),
    '-CAcreateserial', '-out', join(dir, 'leaf.crt'), '-days', String(VALID_DAYS), '-extfile', ext,
  ]);
}

/** @param {string[]} args */
function openssl(args) {
  try {
    return execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = /** @type {{ code?: string, stderr?: Buffer }} */ (err);
    if (e.code === 'ENOENT') throw new Error('ensureCerts: `openssl` not found on PATH (apt-get install openssl)');
    throw new Error(`openssl ${args[0]} failed: ${e.stderr?.toString().trim() ?? err}`);
  }
}
