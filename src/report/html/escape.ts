/** Text from a log placed in HTML: every string goes through here (activity names can be `<script>…`). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
