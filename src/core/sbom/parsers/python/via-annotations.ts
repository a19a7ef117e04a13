/**
 * pip-compile's `# via` comments under each requirement: `# via django`, `# via -r requirements.in`, or a
 * `# via` line followed by indented `#   name` lines. Fed the file's comments and requirements in order; tells
 * which requirement (by index) each list belongs to.
 */
export class ViaAnnotations {
  private readonly lists = new Map<number, string[]>();
  private current = -1;
  private collecting = false;

  /** A content line: later `# via` comments are about requirement `index` (-1: a line that made no component). */
  requirement(index: number): void {
    this.current = index;
    this.collecting = false;
  }

  comment(raw: string): void {
    const via = /^\s*via(?:\s+(.*))?$/.exec(raw);
    if (via) {
      this.collecting = via[1] === undefined;
      if (via[1] !== undefined) this.add(via[1].split(',').map((s) => s.trim()).filter((s) => s !== ''));
      else this.add([]);
      return;
    }
    // List items are indented further than `# via`; anything else ends the list.
    if (this.collecting && /^\s{2,}\S/.test(raw)) this.add([raw.trim()]);
    else this.collecting = false;
  }

  /** [requirement index, the names and `-r file` entries it is there via]. */
  annotated(): Iterable<[number, string[]]> {
    return this.lists.entries();
  }

  private add(items: string[]): void {
    if (this.current < 0) return;
    const list = this.lists.get(this.current) ?? [];
    list.push(...items);
    this.lists.set(this.current, list);
  }
}
