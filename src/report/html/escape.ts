/**
 * Text from a log placed in HTML: every string goes through here (activity names can be `<script>…`). Text
 * for element content and attribute values, JSON for a `<script type="application/json">` block, and script
 * source inlined into `<script>`.
 */

/** Escapes `& < > " '` as character references: safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON that can sit inside `<script type="application/json">`: `<`, `>` and `&` become `\u003c`-style escapes,
 * so no string can close the script (`</script>`) or open a comment (`<!--`); U+2028/2029 are escaped for
 * older parsers that treat them as line ends. Non-finite numbers become null, as in every procmine JSON.
 */
export function escapeScriptJson(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v));
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Script source made safe to inline in `<script>`: a `</script` or `<!--` inside it would end or confuse the element. */
export function escapeInlineScript(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\x21--');
}
