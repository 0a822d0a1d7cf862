import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { decodeXml, parsePtml, readPtml } from '../../../src/model/io/read-ptml.js';
import { readLog } from '../../../src/log/read-log.js';
import { discoverInductive } from '../../../src/discovery/inductive/index.js';
import { formatTree, parseTree, treesEquivalent } from '../../../src/model/process-tree.js';
import { InputError } from '../../../src/errors.js';

const models = join(__dirname, '..', '..', '..', 'fixtures', 'models');
const logs = join(__dirname, '..', '..', '..', 'fixtures', 'logs');

const ptml = (body: string, root = 'r') => `<?xml version="1.0" encoding="UTF-8"?>\n<ptml><processTree id="t" name="t" root="${root}">\n${body}\n</processTree></ptml>`;
const task = (id: string, name: string) => `<manualTask id="${id}" name="${name}"/>`;
const link = (from: string, to: string) => `<parentsNode id="${from}-${to}" sourceId="${from}" targetId="${to}"/>`;

describe('readPtml', () => {
  it("reads pm4py's running-example model", async () => {
    const tree = await readPtml(join(models, '01_running-example-im.ptml'));
    const expected =
      "->( 'register request', *( ->( +( 'check ticket', X( 'examine thoroughly', 'examine casually' ) ), 'decide' ), 'reinitiate request' ), X( 'reject request', 'pay compensation' ) )";
    expect(treesEquivalent(tree, parseTree(expected))).toBe(true);
  });

  it("equals our trees where pm4py's expected models equal pm4py 2.7.14's", async () => {
    for (const [model, log, variant] of [
      ['01_running-example-im.ptml', '01_running-example.xes.gz', 'im'],
      ['01_running-example-imf.ptml', '01_running-example.xes.gz', 'imf'],
      ['10_orders-im.ptml', '10_orders.xes.gz', 'im'],
      ['10_orders-imf.ptml', '10_orders.xes.gz', 'imf'],
      ['11_tickets-im.ptml', '11_tickets.xes.gz', 'im'],
    ] as const) {
      const tree = await readPtml(join(models, model));
      const ours = discoverInductive(await readLog(join(logs, log), { lifecycle: 'all' }), { variant });
      expect(treesEquivalent(tree, ours), `${model}: ${formatTree(tree)} vs ${formatTree(ours)}`).toBe(true);
    }
  });

  it('drops a silent exit child of a ProM loop and tolerates a leaf declared twice', async () => {
    const tree = await readPtml(join(models, 'tree_ex_with_loops.ptml'));
    expect(formatTree(tree)).toBe("->( *( 'h', 'i' ), +( 'a', 'b', X( 'c', 'd' ) ), +( 'd', 'e', +( 'f', 'g' ) ) )");
  });

  it('turns a loop with a visible exit into ->( *(do, redo), exit ) in place', () => {
    const body = [
      '<sequence id="r" name=""/>',
      task('a', 'a'),
      '<xorLoop id="l" name=""/>',
      task('b', 'b'),
      task('c', 'c'),
      task('x', 'x'),
      task('z', 'z'),
      link('r', 'a'),
      link('r', 'l'),
      link('l', 'b'),
      link('l', 'c'),
      link('l', 'x'),
      link('r', 'z'),
    ].join('\n');
    expect(formatTree(parsePtml(ptml(body)))).toBe("->( 'a', ->( *( 'b', 'c' ), 'x' ), 'z' )");
  });

  it('decodes entities, character references and the declared encoding', () => {
    expect(formatTree(parsePtml(ptml(task('r', 'a &amp; b &lt;c&gt; &#233;&#x20AC;'))))).toBe("'a & b <c> é€'");
    const latin1 = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><ptml><processTree id="t" name="t" root="r"><manualTask id="r" name="caf'), Buffer.from([0xe9]), Buffer.from('"/></processTree></ptml>')]);
    expect(formatTree(parsePtml(decodeXml(latin1)))).toBe("'café'");
    const utf8 = Buffer.from('<?xml version="1.0"?><ptml><processTree id="t" name="t" root="r"><manualTask id="r" name="café"/></processTree></ptml>');
    expect(formatTree(parsePtml(decodeXml(utf8)))).toBe("'café'");
  });

  it('never expands entities declared in a DOCTYPE', () => {
    const text = `<?xml version="1.0"?><!DOCTYPE ptml [<!ENTITY x SYSTEM "file:///etc/passwd">]><ptml><processTree id="t" name="t" root="r"><manualTask id="r" name="&x;"/></processTree></ptml>`;
    expect(() => parsePtml(text)).toThrow(/unknown entity &x;/);
  });

  it('reports malformed trees with a code and a line', () => {
    const cases: [string, RegExp][] = [
      ['<ptml></ptml>', /no <processTree>/],
      [ptml(task('a', 'a'), 'missing'), /root missing is not a node/],
      [ptml('<parallel id="r" name=""/>'), /unknown element <parallel>/],
      [ptml('<sequence id="r" name=""/>'), /<sequence> has no children/],
      [ptml(`<sequence id="r" name=""/><xor id="x" name=""/>${task('a', 'a')}${link('r', 'x')}${link('r', 'x')}${link('x', 'a')}`), /two parents/],
      [ptml(`${task('r', 'a')}<sequence id="r" name=""/>`), /duplicate id r/],
      ['<ptml><processTree root="r">', /never closed/],
    ];
    for (const [text, message] of cases) {
      let error: unknown;
      try {
        parsePtml(text, 'model.ptml');
      } catch (e) {
        error = e;
      }
      expect(error, String(message)).toBeInstanceOf(InputError);
      expect((error as InputError).message).toMatch(message);
      expect((error as InputError).code).toBe('ptml-malformed');
      expect((error as InputError).file).toBe('model.ptml');
    }
  });

  it('reports a missing file as an input error', async () => {
    await expect(readPtml(join(models, 'nope.ptml'))).rejects.toThrow(InputError);
  });
});
