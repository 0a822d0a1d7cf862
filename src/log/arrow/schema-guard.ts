/**
 * A size check of an Arrow schema before the Arrow library decodes it. The library trusts the vector lengths
 * in the flatbuffer: one damaged byte can declare millions of columns in a file of a few kilobytes, which it
 * then decodes one by one for seconds. Here the schema's `fields` vector (in the first message of a stream, or
 * in the footer of a file) must fit in the bytes that hold it; the layout is the Arrow format's Message.fbs,
 * Schema.fbs and File.fbs, read as flatbuffers (root offset, vtable, field offsets).
 */

/** Message.header, Footer.schema and Schema.fields: their slots in the tables' vtables. */
const MESSAGE_HEADER = 2;
const FOOTER_SCHEMA = 1;
const SCHEMA_FIELDS = 1;

/** `locateSchemaFields` results besides an offset. */
export const ABSENT = -1;
export const OUTSIDE = -2;

/**
 * Why the schema in this flatbuffer (a Message when `footer` is false, else a Footer) cannot be right, or null
 * when its fields vector fits.
 */
export function schemaDamage(buffer: Uint8Array, footer: boolean): string | null {
  const at = locateSchemaFields(buffer, footer);
  if (at === OUTSIDE) return 'the schema points outside its message';
  if (at === ABSENT) return null; // the library reports what is missing
  const count = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength).getUint32(at, true);
  // each column is at least a 4-byte offset in the vector
  if (count > (buffer.byteLength - at - 4) / 4) return `the schema declares ${count} columns, more than its ${buffer.byteLength} bytes can hold`;
  return null;
}

/**
 * Where the schema's fields vector starts (its length word) in a Message or Footer flatbuffer: ABSENT when
 * there is no schema or no fields, OUTSIDE when an offset on the way leaves the buffer.
 */
export function locateSchemaFields(buffer: Uint8Array, footer: boolean): number {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const inside = (at: number, bytes: number) => at >= 0 && at + bytes <= buffer.byteLength;
  /** the target of offset field `slot` of the table at `table`. */
  const child = (table: number, slot: number): number => {
    if (!inside(table, 4)) return OUTSIDE;
    const vtable = table - view.getInt32(table, true);
    if (!inside(vtable, 4)) return OUTSIDE;
    if (4 + 2 * slot + 2 > view.getUint16(vtable, true)) return ABSENT;
    if (!inside(vtable + 4 + 2 * slot, 2)) return OUTSIDE;
    const offset = view.getUint16(vtable + 4 + 2 * slot, true);
    if (offset === 0) return ABSENT;
    const at = table + offset;
    if (!inside(at, 4)) return OUTSIDE;
    const target = at + view.getUint32(at, true);
    return inside(target, 4) ? target : OUTSIDE;
  };
  if (!inside(0, 4)) return OUTSIDE;
  const schema = child(view.getUint32(0, true), footer ? FOOTER_SCHEMA : MESSAGE_HEADER);
  return schema < 0 ? schema : child(schema, SCHEMA_FIELDS);
}
