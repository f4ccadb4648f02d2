// A fake of the Members API (members-api.parliament.uk, OpenAPI
// /work/shared/reference/openapi/members-api.json) for the members the fixtures name: the Nov 2024
// Commons roster, the Lords sample's peers, the May 2024 division's former MPs and constructed
// stand-ins (see data.js and test/fixtures/api/README.md). Biographies are CONSTRUCTED; the thumbnail
// is a generated placeholder silhouette.
//
//   GET /api/Members/{id}            MemberItem
//   GET /api/Members/{id}/Biography  MemberBiographyItem
//   GET /api/Members/{id}/Thumbnail  image/png placeholder
//   GET /api/Members/Search?Name=…   MemberMembersServiceSearchResult (Name, House, IsCurrentMember, skip, take)

import { deflateSync } from 'node:zlib';
import { loadFixtureData, memberBiography, memberLinks, memberValue } from './data.js';
import { parseInt32, readGetRequest, sendBytes, sendEmpty, sendJson, sendValidationProblem } from './json.js';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {import('./data.js').FixtureData} FixtureData */
/** @typedef {(req: Req, res: Res) => void} Handler */

export const MEMBERS_HOST = 'members-api.parliament.uk';

/** The spec: "The number of records to return, default is 20. Maximum is 20". */
export const SEARCH_MAX_TAKE = 20;

/**
 * @param {import('./data.js').DataOptions & { data?: FixtureData }} [options]
 * @returns {Handler}
 */
export function createMembersApi(options = {}) {
  const getData = () => options.data ?? loadFixtureData(options);
  return function membersApi(req, res) {
    const request = readGetRequest(req, res);
    if (!request) return undefined;
    const { query, parts, lower } = request;
    if (lower[0] !== 'api' || lower[1] !== 'members' || parts.length < 3) return sendEmpty(res, 404);
    if (parts.length === 3 && lower[2] === 'search') return search(getData(), query, res);

    const rawId = /** @type {string} */ (parts[2]);
    const sub = lower[3];
    if (parts.length > 4 || (sub !== undefined && !['biography', 'thumbnail'].includes(sub))) return sendEmpty(res, 404);
    const id = parseInt32(rawId);
    if (id === null) return sendValidationProblem(res, { id: [`The value '${rawId}' is not valid.`] });
    const data = getData();
    // The spec gives 404 no content.
    if (!data.members.has(id)) return sendEmpty(res, 404);

    if (sub === undefined) {
      query.date('detailsForDate'); // accepted and validated; details are always the latest (see README)
      if (query.hasErrors) return sendValidationProblem(res, query.errors);
      return sendJson(res, 200, { value: memberValue(data, id), links: memberLinks(id) });
    }
    if (sub === 'biography') {
      return sendJson(res, 200, {
        value: memberBiography(data, id),
        links: [{ rel: 'self', href: `/Members/${id}/Biography`, method: 'GET' }, ...memberLinks(id).slice(1)],
      });
    }
    return sendBytes(res, 200, 'image/png', placeholderThumbnail());
  };
}

/**
 * @param {FixtureData} data
 * @param {import('./json.js').Query} q
 * @param {Res} res
 */
function search(data, q, res) {
  const name = q.string('Name');
  const house = q.enumValue('House', /** @type {const} */ (['Commons', 'Lords']), (i) => i + 1);
  const isCurrent = q.bool('IsCurrentMember');
  const skip = q.int('skip') ?? 0;
  const take = Math.min(q.int('take') ?? SEARCH_MAX_TAKE, SEARCH_MAX_TAKE);
  if (q.hasErrors) return sendValidationProblem(res, q.errors);

  const needle = name?.trim().toLowerCase();
  const found = [...data.members.values()]
    .filter((m) => (needle === undefined || m.name.toLowerCase().includes(needle) || m.listAs.toLowerCase().includes(needle))
      && (house === undefined || m.house === house)
      && (isCurrent === undefined || m.current === isCurrent))
    .sort((a, b) => a.listAs.localeCompare(b.listAs, 'en') || a.id - b.id);
  const from = Math.max(skip, 0);
  const items = found.slice(from, from + Math.max(take, 0)).map((m) => ({ value: memberValue(data, m.id), links: memberLinks(m.id) }));
  const page = (/** @type {number} */ s) => `/Members/Search?skip=${s}&take=${take}`;
  sendJson(res, 200, {
    items,
    totalResults: found.length,
    resultContext: '',
    skip: from,
    take,
    links: [
      { rel: 'self', href: page(from), method: 'GET' },
      { rel: 'page.next', href: page(from + take < found.length ? from + take : from), method: 'GET' },
      { rel: 'page.previous', href: page(Math.max(from - take, 0)), method: 'GET' },
    ],
  });
}

// ---- the placeholder thumbnail (CONSTRUCTED) -------------------------------------------------------

/** @type {Buffer | null} */
let thumbnail = null;

/** A 96×96 grey head-and-shoulders silhouette, the same for everyone. Made once. */
export function placeholderThumbnail() {
  thumbnail ??= silhouettePng(96);
  return thumbnail;
}

/**
 * @param {number} size
 * @returns {Buffer}
 */
function silhouettePng(size) {
  const background = [0xe4, 0xe6, 0xe8];
  const figure = [0x9a, 0xa0, 0xa6];
  const rowBytes = 1 + size * 3;
  const raw = Buffer.alloc(rowBytes * size);
  const cx = size / 2;
  for (let y = 0; y < size; y++) {
    raw[y * rowBytes] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const head = (px - cx) ** 2 + (py - size * 0.38) ** 2 <= (size * 0.19) ** 2;
      const shoulders = ((px - cx) / (size * 0.38)) ** 2 + ((py - size * 1.02) / (size * 0.4)) ** 2 <= 1;
      const [r, g, b] = head || shoulders ? figure : background;
      const at = y * rowBytes + 1 + x * 3;
      raw[at] = /** @type {number} */ (r);
      raw[at + 1] = /** @type {number} */ (g);
      raw[at + 2] = /** @type {number} */ (b);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** @param {string} type @param {Buffer} body */
function pngChunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** @type {Uint32Array | null} */
let crcTable = null;

/** CRC-32 (IEEE), as PNG chunks need. @param {Buffer} bytes */
function crc32(bytes) {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const byte of bytes) c = /** @type {number} */ (crcTable[(c ^ byte) & 0xff]) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
