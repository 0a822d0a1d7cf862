/**
 * CLI tier for `conform`: the CI gate's exit codes, the JSON fields CI jobs read, JUnit output, label matching,
 * and bad models (exit 2 with the file named).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, procmine } from './helpers.js';

const log = fixture('logs', 'running-example.xes');
const bpmn = fixture('models', 'running-example.bpmn');
const tmp = () => mkdtempSync(join(tmpdir(), 'procmine-conform-'));

/** A two-task model: 'register request' then 'decide'; the running example does much more. */
function tinyModel(dir: string, first = 'register request'): string {
  const f = join(dir, 'tiny.bpmn');
  writeFileSync(f, `<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
  <bpmn:process id="p"><bpmn:startEvent id="s"/><bpmn:task id="a" name="${first}"/><bpmn:task id="b" name="decide"/><bpmn:endEvent id="e"/>
  <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="a"/><bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b"/>
  <bpmn:sequenceFlow id="f3" sourceRef="b" targetRef="e"/></bpmn:process></bpmn:definitions>`);
  return f;
}

describe('procmine conform', () => {
  it('passes the running example against its own model, with pm4py-comparable numbers', () => {
    const r = procmine(['conform', log, '--model', bpmn, '--precision', '--format', 'json', '--min-fitness', '1']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.schema).toBe('procmine.conform/1');
    expect(json.fitness).toBe(1);
    expect(json.traces).toEqual({ total: 6, fitting: 6, notAligned: 0 });
    expect(json.precision.value).toBeCloseTo(0.753086, 6); // pm4py's precision for this model and log
    expect(json.passed).toBe(true);
    expect(json.unmatchedLabels).toEqual({ logOnly: [], modelOnly: [] });
  });

  it('fails the gate with exit 1 and says by how much', () => {
    const dir = tmp();
    const r = procmine(['conform', log, '--model', tinyModel(dir), '--min-fitness', '0.9', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/fitness 0\.\d{4} is below the minimum 0\.9000 by 0\.\d{4}/);
    const json = JSON.parse(r.stdout);
    expect(json.passed).toBe(false);
    expect(json.fitness).toBeLessThan(0.9);
    // every case inserts 'check ticket' at least once, which the tiny model lacks
    expect(json.deviations).toContainEqual(expect.objectContaining({ activity: 'check ticket', kind: 'inserted', cases: 6, share: 1 }));
    expect(json.unmatchedLabels.logOnly).toContain('check ticket');
  });

  it("gives pm4py's figures with --cost-model pm4py --bpmn-translation pm4py, and says which translation it used", () => {
    const broken = fixture('logs', 'running_example_broken.csv');
    const args = ['conform', broken, '--model', bpmn, '--format', 'json', '--cost-model', 'pm4py', '--bpmn-translation', 'pm4py'];
    const aligned = JSON.parse(procmine(args).stdout);
    expect(aligned.fitness).toBeCloseTo(0.843723, 6); // pm4py 2.7.14 on this log and model (fixtures/refs)
    expect(aligned.model.translation).toBe('pm4py');
    const replayed = JSON.parse(procmine([...args, '--method', 'tbr']).stdout);
    expect(replayed.fitness).toBeCloseTo(0.834846, 6);
    expect(JSON.parse(procmine(['conform', log, '--model', bpmn, '--format', 'json']).stdout).model.translation).toBe('standard');
    expect(procmine(['conform', log, '--model', bpmn, '--bpmn-translation', 'camunda']).code).toBe(2);
  });

  it('token replay gives the same verdict on a fitting model', () => {
    const r = procmine(['conform', log, '--model', bpmn, '--method', 'tbr', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).fitness).toBe(1);
  });

  it('writes JUnit XML with a failing test case per deviating variant', () => {
    const dir = tmp();
    const out = join(dir, 'junit.xml');
    const r = procmine(['conform', log, '--model', tinyModel(dir), '--min-fitness', '0.9', '--format', 'junit', '-o', out]);
    expect(r.code).toBe(1);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain('<testcase classname="thresholds" name="fitness &gt;= 0.9">');
    expect((xml.match(/<failure /g) ?? []).length).toBe(7); // the threshold and all 6 variants
  });

  it('matches labels ignoring case or through a label map', () => {
    const dir = tmp();
    const model = tinyModel(dir, 'Register Request');
    const exact = JSON.parse(procmine(['conform', log, '--model', model, '--format', 'json']).stdout);
    expect(exact.unmatchedLabels.modelOnly).toEqual(['Register Request']);
    const loose = JSON.parse(procmine(['conform', log, '--model', model, '--format', 'json', '--ignore-case']).stdout);
    expect(loose.unmatchedLabels.modelOnly).toEqual([]);
    const map = join(dir, 'map.csv');
    writeFileSync(map, 'log,model\nregister request,Register Request\n');
    const mapped = JSON.parse(procmine(['conform', log, '--model', model, '--format', 'json', '--label-map', map]).stdout);
    expect(mapped.unmatchedLabels.modelOnly).toEqual([]);
    expect(mapped.fitness).toBe(loose.fitness);
  });

  it.each([
    ['malformed XML', '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p">', /malformed XML/],
    ['no process', '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"/>', /no process/],
    ['a flow to a missing element', '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><bpmn:process id="p"><bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="gone"/></bpmn:process></bpmn:definitions>', /'gone'/],
  ])('a BPMN with %s: exit 2 naming the file', (_what, xml, message) => {
    const f = join(tmp(), 'bad.bpmn');
    writeFileSync(f, `<?xml version="1.0"?>\n${xml}`);
    const r = procmine(['conform', log, '--model', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(f);
    expect(r.stderr).toMatch(message);
  });

  it('needs --model', () => {
    const r = procmine(['conform', log]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--model');
  });
});
