/** One logical line of a requirements file: continuations joined, the comment split off. */
export interface LogicalLine {
  /** 1-based number of its first physical line. */
  readonly line: number;
  /** The content before any comment, trimmed; '' for a comment-only or blank line. */
  readonly content: string;
  /** The comment text after `#` (leading spaces kept: pip-compile indents `# via` list items), when there is one. */
  readonly comment?: string;
}

// pip: a comment starts at a `#` at the start of the line or after whitespace (`pkg==1#x` keeps its `#x`).
const COMMENT = /(^|\s+)#(.*)$/;

/**
 * Splits a requirements file the way pip does: a line ending in a backslash continues on the next one, unless
 * the next one is a comment line, which ends the logical line (pip-compile puts `# via` there). Linear time:
 * pieces are collected and joined once per logical line.
 */
export function logicalLines(text: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  const physical = text.split(/\r\n|\n|\r/);
  let pieces: string[] = [];
  let first = 0;
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i] as string;
    const isComment = /^\s*#/.test(raw);
    if (raw.endsWith('\\') && !isComment) {
      if (pieces.length === 0) first = i + 1;
      pieces.push(raw.slice(0, -1));
      continue;
    }
    const start = pieces.length === 0 ? i + 1 : first;
    pieces.push(isComment ? ` ${raw}` : raw);
    lines.push(split(start, pieces.join('')));
    pieces = [];
  }
  if (pieces.length > 0) lines.push(split(first, pieces.join(''))); // a trailing backslash at end of file
  return lines;
}

function split(line: number, joined: string): LogicalLine {
  const match = COMMENT.exec(joined);
  if (match === null) return { line, content: joined.trim() };
  return { line, content: joined.slice(0, match.index).trim(), comment: (match[2] as string).trimEnd() };
}
