/**
 * DOT → SVG with Graphviz compiled to WebAssembly (@hpcc-js/wasm-graphviz). The package carries its wasm inside
 * its JavaScript, so rendering works offline; it is loaded on first use and kept for later calls.
 */
import type { Graphviz } from '@hpcc-js/wasm-graphviz';

let graphviz: Promise<Graphviz> | undefined;

/**
 * Lays out DOT text with Graphviz's `dot` engine and returns the SVG document.
 *
 * @example
 * const svg = await renderSvg(writePetriNetDot(net));
 */
export async function renderSvg(dot: string): Promise<string> {
  graphviz ??= import('@hpcc-js/wasm-graphviz')
    .then((m) => m.Graphviz.load())
    .catch((error: unknown) => {
      graphviz = undefined;
      throw error;
    });
  return (await graphviz).dot(dot, 'svg');
}
