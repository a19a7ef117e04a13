import * as exec from '@actions/exec';

export interface GitResult {
  readonly exitCode: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs git in one directory: the base of a pull request is read from the repository, never from the network but for one fetch. */
export type Git = (args: readonly string[], input?: Buffer) => Promise<GitResult>;

/** git through @actions/exec (so the runner's debug log shows the command), output captured whole, bytes intact. */
export function gitIn(cwd: string): Git {
  return async (args, input) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const exitCode = await exec.exec('git', [...args], {
      cwd,
      silent: true,
      ignoreReturnCode: true,
      ...(input ? { input } : {}),
      listeners: { stdout: (data) => out.push(data), stderr: (data) => err.push(data) },
    });
    return { exitCode, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() };
  };
}

/** One blob as `git cat-file --batch` prints it: `<oid> blob <size>\n<bytes>\n`, or `<name> missing\n`. */
export interface BatchEntry {
  readonly name: string;
  readonly content?: Buffer;
}

/** Splits `git cat-file --batch` output for the names asked, in order. */
export function parseCatFileBatch(output: Buffer, names: readonly string[]): BatchEntry[] {
  const entries: BatchEntry[] = [];
  let offset = 0;
  for (const name of names) {
    const newline = output.indexOf(10, offset);
    if (newline < 0) throw new Error(`git cat-file ended early, before ${name}`);
    const header = output.subarray(offset, newline).toString('utf8');
    offset = newline + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) {
      entries.push({ name }); // "<name> missing" or "<name> ambiguous"
      continue;
    }
    const size = Number(match[2]);
    entries.push(match[1] === 'blob' ? { name, content: output.subarray(offset, offset + size) } : { name });
    offset += size + 1;
  }
  return entries;
}
