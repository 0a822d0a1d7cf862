/** Interns strings to dense codes 0, 1, 2 … in order of first sight. */
export class Interner {
  readonly names: string[] = [];
  private readonly codes = new Map<string, number>();

  code(name: string): number {
    let c = this.codes.get(name);
    if (c === undefined) {
      c = this.names.length;
      this.names.push(name);
      this.codes.set(name, c);
    }
    return c;
  }

  get size(): number {
    return this.names.length;
  }
}
