// The pages of an OFD document as the clerk's preview needs them, read in the browser before the
// document is sent: the page count and the page box in mm (GB/T 33190 §7.4 CT_PageArea, the
// document's default PhysicalBox in Document.xml). An OFD is a zip (APPNOTE.TXT §4.3): the central
// directory names the entries; stored and deflated entries are read, the latter with the browser's
// DecompressionStream.

const A4 = {width: 210, height: 297};

/** {pages, width, height} of the OFD file, or null when it cannot be read (the preview then says so). */
export async function ofdPages(file) {
  try {
    const zip = new DataView(await file.arrayBuffer());
    const entries = centralDirectory(zip);
    const ofd = xml(await read(zip, entries.get('OFD.xml')));
    const root = (ofd.getElementsByTagNameNS('*', 'DocRoot')[0]?.textContent ?? 'Doc_0/Document.xml').trim().replace(/^\//, '');
    const documentXml = xml(await read(zip, entries.get(root)));
    const box = (documentXml.getElementsByTagNameNS('*', 'PhysicalBox')[0]?.textContent ?? '').trim().split(/\s+/).map(Number);
    const pages = documentXml.getElementsByTagNameNS('*', 'Page').length;
    const [width, height] = box.length === 4 && box.every(Number.isFinite) ? [box[2], box[3]] : [A4.width, A4.height];
    return pages > 0 ? {pages, width, height} : null;
  } catch (unreadable) {
    return null;
  }
}

function xml(text) {
  return new DOMParser().parseFromString(text, 'application/xml');
}

/** The entries' local header offsets, sizes and methods by name, from the end of central directory record. */
function centralDirectory(zip) {
  let end = zip.byteLength - 22;
  while (end >= 0 && zip.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip');
  const count = zip.getUint16(end + 10, true);
  let at = zip.getUint32(end + 16, true);
  const entries = new Map();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    const nameLength = zip.getUint16(at + 28, true);
    const name = decoder.decode(new Uint8Array(zip.buffer, at + 46, nameLength));
    entries.set(name, {method: zip.getUint16(at + 10, true), size: zip.getUint32(at + 20, true),
      offset: zip.getUint32(at + 42, true)});
    at += 46 + nameLength + zip.getUint16(at + 30, true) + zip.getUint16(at + 32, true);
  }
  return entries;
}

/** The text of one entry. */
async function read(zip, entry) {
  if (!entry) throw new Error('missing entry');
  const start = entry.offset + 30 + zip.getUint16(entry.offset + 26, true) + zip.getUint16(entry.offset + 28, true);
  const bytes = new Uint8Array(zip.buffer, start, entry.size);
  if (entry.method === 0) return new TextDecoder().decode(bytes);
  if (entry.method !== 8) throw new Error('unsupported compression');
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}
