/**
 * XES structure (IEEE 1849-2016) over the XML tokenizer: `<log>` metadata, one case per `<trace>`, one event per
 * `<event>`, nested attributes as JSON; misplaced structure is an error, unknown elements a warning. Differs from
 * pm4py on purpose: events directly in `<log>` (the standard allows them) are reported dropped; pm4py fails.
 */
import { InputError } from '../../errors.js';
import type { EventLogBuilder } from '../builder.js';
import type { ColumnMapping, XesMetadata } from '../event-log.js';
import type { ReadLogOptions } from '../read-options.js';
import { createWallToInstant, type WallToInstant } from '../timestamps/zone-offset.js';
import { AttributeReader } from './attribute-reader.js';
import { parseTypedNumber, setColumnValue, V_ID, V_NESTED, V_STRING, toValueType } from './attribute-value.js';
import { parseClassifierKeys } from './classifier-keys.js';
import { EventAssembler } from './event-assembler.js';
import { ReadNotes } from './read-notes.js';
import type { XmlHandler, XmlTokenizer } from './xml-tokenizer.js';
import {
  A_FEATURES, A_KEY, A_KEYS, A_NAME, A_PREFIX, A_SCOPE, A_URI, A_VALUE, A_VERSION, ATTRIBUTE_TYPES,
  CONCEPT_INSTANCE, CONCEPT_NAME, isAttributeElement, LIFECYCLE_TRANSITION, N_CLASSIFIER, N_EVENT, N_EXTENSION,
  N_GLOBAL, N_LIST, N_LOG, N_STRING, N_TRACE, N_VALUES, ORG_RESOURCE, TIME_TIMESTAMP, type XesAttributeNode,
} from './xes-vocabulary.js';

// What each open element is.
const F_DOCUMENT = 0;
const F_LOG = 1;
const F_TRACE = 2;
const F_EVENT = 3;
const F_ATTRIBUTE = 4;
const F_VALUES = 5;
const F_GLOBAL = 6;
const F_SKIP = 7;

export class XesHandler implements XmlHandler {
  readonly meta: XesMetadata = { extensions: [], classifiers: [], globals: [], attributes: [] };
  private readonly builder: EventLogBuilder;
  private readonly columns: ColumnMapping;
  private readonly file: string;
  private readonly classifierOption: string | undefined;
  private readonly toInstant: WallToInstant;
  private readonly notes = new ReadNotes();
  private readonly reader: AttributeReader;
  private readonly event: EventAssembler;
  private classifierResolved = false;

  private readonly frames: number[] = [F_DOCUMENT];
  private depth = 0;
  /** a self-closing attribute handled at its start tag, so its end tag has nothing to do. */
  private handledAtStart = false;
  private readonly nodes: XesAttributeNode[] = [];
  /** for each open node: the values of its `<values>` when it is a list that has one. */
  private readonly listValues: (XesAttributeNode[] | null)[] = [];
  private currentGlobal: XesMetadata['globals'][number] | null = null;
  private caseIndex = -1;

  constructor(builder: EventLogBuilder, columns: ColumnMapping, file: string, options: ReadLogOptions) {
    this.builder = builder;
    this.columns = columns;
    this.file = file;
    this.classifierOption = options.classifier;
    this.toInstant = createWallToInstant(options.timezone);
    const skipInvalid = options.skipInvalid === true;
    this.reader = new AttributeReader(skipInvalid, this.toInstant, new Set([CONCEPT_NAME, ORG_RESOURCE, LIFECYCLE_TRANSITION, CONCEPT_INSTANCE]));
    this.event = new EventAssembler(builder, file, skipInvalid, this.toInstant, this.notes);
  }

  startElement(t: XmlTokenizer): void {
    const id = t.nameId;
    switch (this.frames[this.depth]) {
      case F_EVENT:
        if (!isAttributeElement(id)) this.skipUnexpected(t, 'event');
        else if (t.selfClosing && id < N_LIST) this.readEventAttribute(t, id);
        else this.beginNode(t, id, F_EVENT);
        return;
      case F_TRACE:
        if (id === N_EVENT) this.beginEvent(t, true);
        else if (!isAttributeElement(id)) this.skipUnexpected(t, 'trace');
        else if (t.selfClosing && id < N_LIST) this.readTraceAttribute(t, id);
        else this.beginNode(t, id, F_TRACE);
        return;
      case F_ATTRIBUTE:
        if (isAttributeElement(id)) this.beginNode(t, id, F_ATTRIBUTE);
        else if (id === N_VALUES && this.nodes[this.nodes.length - 1].type === 'list') {
          this.listValues[this.listValues.length - 1] ??= [];
          this.pushFrame(F_VALUES);
        } else this.skipUnexpected(t, 'attribute');
        return;
      case F_VALUES:
        if (isAttributeElement(id)) this.beginNode(t, id, F_VALUES);
        else this.skipUnexpected(t, 'values');
        return;
      case F_LOG:
        this.startInLog(t, id);
        return;
      case F_GLOBAL:
        if (isAttributeElement(id)) this.beginNode(t, id, F_GLOBAL);
        else this.skipUnexpected(t, 'global');
        return;
      case F_SKIP:
        if (id === N_LOG) this.failStructure(t, '<log> may only be the root element');
        this.pushFrame(F_SKIP);
        return;
      default:
        if (id !== N_LOG) this.failStructure(t, `not an XES log: the root element is <${t.qname}>, not <log>`);
        this.meta.version = this.readOptional(t, A_VERSION);
        this.meta.features = this.readOptional(t, A_FEATURES);
        this.pushFrame(F_LOG);
    }
  }

  endElement(t: XmlTokenizer): void {
    if (this.handledAtStart) {
      this.handledAtStart = false;
      return;
    }
    switch (this.frames[this.depth--]) {
      case F_EVENT:
        this.event.finish(t, this.caseIndex);
        break;
      case F_TRACE:
        this.caseIndex = -1;
        break;
      case F_ATTRIBUTE:
        this.endNode();
        break;
      case F_GLOBAL:
        this.currentGlobal = null;
        break;
      default:
        break;
    }
  }

  /** After the last element: warnings, metadata, and the mapping that was used. */
  finish(): void {
    this.notes.warnAll(this.builder);
    if (this.event.sawResource) this.columns.resource = ORG_RESOURCE;
    if (this.event.sawLifecycle) this.columns.lifecycle = LIFECYCLE_TRANSITION;
    this.builder.xes = this.meta;
  }

  private pushFrame(kind: number): void {
    this.frames[++this.depth] = kind;
  }

  private startInLog(t: XmlTokenizer, id: number): void {
    if (isAttributeElement(id)) {
      this.beginNode(t, id, F_LOG);
      return;
    }
    switch (id) {
      case N_TRACE:
        this.caseIndex = this.builder.newCase();
        this.pushFrame(F_TRACE);
        return;
      case N_EVENT:
        this.beginEvent(t, false);
        return;
      case N_EXTENSION:
        this.readExtension(t);
        this.pushFrame(F_SKIP);
        return;
      case N_GLOBAL: {
        const scope = this.readOptional(t, A_SCOPE) ?? 'event';
        if (scope !== 'event' && scope !== 'trace') {
          this.notes.note(`global declaration(s) with scope '${scope}' (not trace or event) kept as they are`, t.tokenLine);
        }
        this.currentGlobal = { scope, attributes: [] };
        this.meta.globals.push(this.currentGlobal);
        this.pushFrame(F_GLOBAL);
        return;
      }
      case N_CLASSIFIER:
        this.readClassifier(t);
        this.pushFrame(F_SKIP);
        return;
      case N_LOG:
        this.failStructure(t, 'a second <log> inside <log>: a file holds one log');
        return;
      default:
        this.skipUnexpected(t, 'log');
    }
  }

  private readExtension(t: XmlTokenizer): void {
    const name = this.readOptional(t, A_NAME);
    const prefix = this.readOptional(t, A_PREFIX);
    const uri = this.readOptional(t, A_URI);
    if (name !== undefined && prefix !== undefined && uri !== undefined) this.meta.extensions.push({ name, prefix, uri });
    else this.notes.note('extension declaration(s) without name, prefix and uri were ignored', t.tokenLine);
  }

  private readClassifier(t: XmlTokenizer): void {
    const name = this.readOptional(t, A_NAME);
    const keys = this.readOptional(t, A_KEYS);
    const scope = this.readOptional(t, A_SCOPE);
    if (name === undefined || keys === undefined) {
      this.notes.note('classifier declaration(s) without name and keys were ignored', t.tokenLine);
      return;
    }
    const classifier: XesMetadata['classifiers'][number] = { name, keys: parseClassifierKeys(keys) };
    if (scope !== undefined) classifier.scope = scope;
    this.meta.classifiers.push(classifier);
  }

  private beginEvent(t: XmlTokenizer, inTrace: boolean): void {
    if (!this.classifierResolved) this.resolveClassifier();
    this.event.begin(t, inTrace);
    this.pushFrame(F_EVENT);
  }

  private readEventAttribute(t: XmlTokenizer, id: number): void {
    this.handledAtStart = true;
    if (!this.hasKeyAndValue(t, id, 'event')) return;
    const r = this.reader;
    if (r.read(t, id, false)) this.event.pending.add(r.key, r.type, r.text, r.number);
    else this.event.markInvalid(r.reason);
  }

  private readTraceAttribute(t: XmlTokenizer, id: number): void {
    this.handledAtStart = true;
    if (!this.hasKeyAndValue(t, id, 'trace')) return;
    const r = this.reader;
    if (r.read(t, id, false)) this.setTraceValue(r.key, r.type, r.text, r.number);
    else this.notes.note(`trace attribute value(s) were left out: ${r.reason}`, t.tokenLine);
  }

  private setTraceValue(key: string, type: number, text: string | null, value: number): void {
    if (key === CONCEPT_NAME) this.builder.setCaseId(this.caseIndex, text ?? String(value));
    else setColumnValue(this.builder.caseAttribute(key), this.caseIndex, type, text, value);
  }

  /**
   * An event or trace attribute needs a key and (unless a list or container) a value to be stored; one without
   * is noted and left out, as it names nothing (pm4py stores it under the key None).
   */
  private hasKeyAndValue(t: XmlTokenizer, id: number, owner: string): boolean {
    if (t.attrIndex(A_KEY) < 0) {
      this.notes.note(`${owner} attribute(s) without a key were left out`, t.tokenLine);
      return false;
    }
    if (id < N_LIST && t.attrIndex(A_VALUE) < 0) {
      this.notes.note(`${owner} attribute(s) without a value were left out`, t.tokenLine);
      return false;
    }
    return true;
  }

  /** An attribute element that may have children: kept as a node until its end tag. */
  private beginNode(t: XmlTokenizer, id: number, owner: number): void {
    const topLevel = owner === F_EVENT || owner === F_TRACE;
    if (topLevel && !this.hasKeyAndValue(t, id, owner === F_EVENT ? 'event' : 'trace')) {
      this.pushFrame(F_SKIP);
      return;
    }
    const r = this.reader;
    if (!r.read(t, id, true)) {
      if (this.isInsideEvent()) this.event.markInvalid(r.reason);
      else this.notes.note(`attribute value(s) were left out: ${r.reason}`, t.tokenLine);
      this.pushFrame(F_SKIP);
      return;
    }
    const type = ATTRIBUTE_TYPES[id - N_STRING];
    this.nodes.push({ key: r.key, type, value: r.type === V_NESTED ? '' : r.text! });
    this.listValues.push(null);
    this.pushFrame(F_ATTRIBUTE);
  }

  private endNode(): void {
    const node = this.nodes.pop()!;
    const values = this.listValues.pop()!;
    if (node.type === 'list' && values !== null) {
      // With <values>, the attributes beside it are the list's own; without, they are its values (old form).
      if (node.children !== undefined) node.meta = node.children;
      node.children = values;
    }
    const parent = this.frames[this.depth];
    if (parent === F_ATTRIBUTE) (this.nodes[this.nodes.length - 1].children ??= []).push(node);
    else if (parent === F_VALUES) this.listValues[this.listValues.length - 1]!.push(node);
    else this.completeNode(node, parent);
  }

  /** A whole top-level attribute that was written with an end tag. */
  private completeNode(node: XesAttributeNode, owner: number): void {
    if (owner === F_LOG) {
      this.meta.attributes.push(node);
      return;
    }
    if (owner === F_GLOBAL) {
      this.currentGlobal?.attributes.push(node);
      return;
    }
    const nested = node.children !== undefined || node.type === 'list' || node.type === 'container';
    let type: number;
    let text: string | null = node.value;
    let value = NaN;
    if (nested && !this.isCoreKey(node.key, owner)) {
      type = V_NESTED;
      text = JSON.stringify(node);
    } else {
      if (nested) this.notes.note(`nested attribute(s) under ${node.key} were left out (procmine keeps its value)`, this.event.eventLine);
      type = toValueType(N_STRING + ATTRIBUTE_TYPES.indexOf(node.type as never));
      value = parseTypedNumber(type, node.value, this.toInstant);
      if (type !== V_STRING && type !== V_ID && !this.reader.textKeys.has(node.key)) text = null;
    }
    if (owner === F_EVENT) this.event.pending.add(node.key, type, text, value);
    else this.setTraceValue(node.key, type, text, value);
  }

  private isCoreKey(key: string, owner: number): boolean {
    if (owner === F_TRACE) return key === CONCEPT_NAME;
    return key === CONCEPT_NAME || key === TIME_TIMESTAMP || key === ORG_RESOURCE || key === LIFECYCLE_TRANSITION;
  }

  private isInsideEvent(): boolean {
    for (let d = this.depth; d > 0; d--) if (this.frames[d] === F_EVENT) return true;
    return false;
  }

  private skipUnexpected(t: XmlTokenizer, parent: string): void {
    const id = t.nameId;
    if (id === N_LOG) this.failStructure(t, `<log> inside <${parent}>: a file holds one log, as its root element`);
    if (id === N_TRACE && parent !== 'log') this.failStructure(t, `<trace> inside <${parent}>: traces belong directly in <log>`);
    if (id === N_EVENT) this.failStructure(t, `<event> inside <${parent}>: events belong in <trace>`);
    this.notes.note(`unexpected <${t.qname}> element(s) in <${parent}> were ignored`, t.tokenLine);
    this.pushFrame(F_SKIP);
  }

  private failStructure(t: XmlTokenizer, message: string): never {
    return t.fail('xes-structure', message, t.tokenStart);
  }

  private readOptional(t: XmlTokenizer, attrId: number): string | undefined {
    const i = t.attrIndex(attrId);
    return i < 0 ? undefined : t.attrValue(i);
  }

  /** `options.classifier`: a classifier declared in the log (by name), or `+`-joined attribute keys. */
  private resolveClassifier(): void {
    this.classifierResolved = true;
    const option = this.classifierOption;
    const declaredNames = this.meta.classifiers.map((c) => c.name);
    if (option === undefined || option === CONCEPT_NAME) {
      this.event.useClassifier(null, declaredNames);
      return;
    }
    const declared = this.meta.classifiers.find((c) => c.name === option);
    const keys = declared ? declared.keys : option.split('+').map((k) => k.trim()).filter((k) => k !== '');
    if (keys.length === 0) {
      throw new InputError('xes-classifier', `the classifier '${option}' names no attribute keys`, {
        file: this.file,
        hint: 'pass --classifier KEY[+KEY…] or the name of a classifier the log declares',
      });
    }
    if (keys.length === 1 && keys[0] === CONCEPT_NAME) {
      this.event.useClassifier(null, declaredNames);
      return;
    }
    this.event.useClassifier(keys, declaredNames);
    this.columns.activity = keys.join('+');
    for (const key of keys) this.reader.textKeys.add(key);
  }
}
