/**
 * Reads the key and typed value of the XES attribute element at hand straight from the tokenizer's bytes; an
 * invalid value is an InputError at its place, or with `skipInvalid` a reason the caller reports. Differs from
 * pm4py on purpose: it logs and leaves out invalid values, and reads "1" (a valid xs:boolean) as false.
 */
import type { WallToInstant } from '../timestamps/zone-offset.js';
import { V_BOOLEAN, V_DATE, V_FLOAT, V_ID, V_INT, V_NESTED, V_STRING, toValueType } from './attribute-value.js';
import { dateScan, parseXsDateTime, parseXsDateTimeText } from './parse-xs-date-time.js';
import { numberScan, parseXsBoolean, parseXsFloat, parseXsInt } from './parse-xs-number.js';
import type { XmlTokenizer } from './xml-tokenizer.js';
import { A_KEY, A_VALUE, N_CONTAINER, N_DATE, N_FLOAT, N_ID, N_INT, N_LIST, N_STRING } from './xes-vocabulary.js';

export const SKIP_INVALID_HINT = 'fix the value, or pass --skip-invalid to drop such events and report them';

export class AttributeReader {
  // The value last read.
  key = '';
  type = 0;
  text: string | null = null;
  number = NaN;
  /** why the last read failed (with skipInvalid). */
  reason = '';
  /** keys whose text is kept even when typed (core fields, classifier keys). */
  textKeys: Set<string>;

  private readonly skipInvalid: boolean;
  private readonly toInstant: WallToInstant;

  constructor(skipInvalid: boolean, toInstant: WallToInstant, textKeys: Set<string>) {
    this.skipInvalid = skipInvalid;
    this.toInstant = toInstant;
    this.textKeys = textKeys;
  }

  /**
   * Reads element `id` (N_STRING … N_CONTAINER); false when invalid with skipInvalid. `wantText` keeps the text
   * of typed values too. A missing key or value reads as "" (OpenXES metadata has value-only nested attributes).
   */
  read(t: XmlTokenizer, id: number, wantText: boolean): boolean {
    const ki = t.attrIndex(A_KEY);
    const key = ki < 0 ? '' : t.attrValue(ki);
    this.key = key;
    this.number = NaN;
    if (id === N_LIST || id === N_CONTAINER) {
      this.type = V_NESTED;
      this.text = '';
      return true;
    }
    const vi = t.attrIndex(A_VALUE);
    if (vi < 0) {
      this.type = toValueType(id);
      this.text = '';
      return true;
    }
    if (id === N_STRING || id === N_ID) {
      this.type = id === N_STRING ? V_STRING : V_ID;
      this.text = t.attrValue(vi);
      return true;
    }
    const b = t.buffer;
    const s = t.attrStart[vi];
    const e = t.attrEnd[vi];
    const plain = t.attrIsPlain(vi);
    const keepText = wantText || this.textKeys.has(key);
    if (id === N_DATE) {
      let ms = plain ? parseXsDateTime(b, s, e) : parseXsDateTimeText(t.attrText(vi));
      if (Number.isNaN(ms)) return this.invalid(t, 'date', vi);
      if (!dateScan.hasZone) ms = this.toInstant(ms);
      this.type = V_DATE;
      this.number = ms;
      this.text = keepText ? t.attrText(vi) : null;
      return true;
    }
    const bytes = plain ? b : Buffer.from(t.attrText(vi), 'utf8');
    const from = plain ? s : 0;
    const to = plain ? e : bytes.length;
    if (id === N_INT || id === N_FLOAT) {
      const isInt = id === N_INT;
      const v = isInt ? parseXsInt(bytes, from, to) : parseXsFloat(bytes, from, to);
      if (!numberScan.ok) return this.invalid(t, isInt ? 'int' : 'float', vi);
      this.type = isInt ? V_INT : V_FLOAT;
      this.number = v;
    } else {
      const v = parseXsBoolean(bytes, from, to);
      if (v < 0) return this.invalid(t, 'boolean', vi);
      this.type = V_BOOLEAN;
      this.number = v;
    }
    this.text = keepText ? t.attrValue(vi) : null;
    return true;
  }

  private invalid(t: XmlTokenizer, type: string, vi: number): boolean {
    const expected = type === 'boolean' ? ' (true or false)' : type === 'date' ? ' (xs:dateTime, e.g. 2024-05-01T09:30:00.000+02:00)' : '';
    const message = `invalid ${type} value "${t.attrText(vi)}" for attribute '${this.key}'${expected}`;
    if (!this.skipInvalid) t.fail('xes-invalid-value', message, t.attrOffset(vi), SKIP_INVALID_HINT);
    this.reason = `invalid ${type} value`;
    return false;
  }
}
