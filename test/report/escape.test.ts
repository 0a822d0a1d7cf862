import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeInlineScript, escapeScriptJson } from '../../src/report/html/escape.js';
import { XSS, XSS_CLOSE, XSS_COMMENT, XSS_QUOTE } from './report-fixtures.js';

describe('escapeHtml', () => {
  it('leaves no markup character', () => {
    expect(escapeHtml(XSS)).toBe('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(escapeHtml(XSS_QUOTE)).toBe('close &#34;done&#34; &#38; &#60;b&#62;bold&#60;/b&#62;');
    expect(escapeHtml("it's")).toBe('it&#39;s');
  });
});

describe('escapeScriptJson', () => {
  const value = { names: [XSS, XSS_CLOSE, XSS_COMMENT, XSS_QUOTE, 'line\u2028sep'], n: NaN, x: 1.5 };

  it('cannot close the script element or open a comment', () => {
    const json = escapeScriptJson(value);
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<!--');
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('parses back to the same data, NaN as null', () => {
    expect(JSON.parse(escapeScriptJson(value))).toEqual({ ...value, n: null });
  });
});

describe('escapeInlineScript', () => {
  it('breaks a closing tag and a comment opener inside script source', () => {
    const out = escapeInlineScript('var a = "</script>"; var b = "<!--";');
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toContain('<!--');
    // still the same program
    expect(new Function(`${out}; return [a, b];`)()).toEqual(['</script>', '<!--']);
  });
});
