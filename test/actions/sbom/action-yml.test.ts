import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { INPUT } from '../../../src/actions/sbom/inputs.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const load = async () => parse(await readFile(`${ROOT}actions/sbom/action.yml`, 'utf8')) as {
  inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string; main: string };
};

describe('sbom action.yml', () => {
  it('declares exactly the inputs the action reads', async () => {
    expect(Object.keys((await load()).inputs).sort()).toEqual(Object.values(INPUT).sort());
  });

  it('runs the committed bundle on node24', async () => {
    expect((await load()).runs).toEqual({ using: 'node24', main: '../../dist/sbom/index.js' });
  });

  it('declares the outputs the action sets', async () => {
    const source = await readFile(`${ROOT}src/actions/sbom/action.ts`, 'utf8');
    const set = [...source.matchAll(/setOutput\('([^']+)'/g)].map((m) => m[1]).sort();
    expect(Object.keys((await load()).outputs).sort()).toEqual(set);
  });

  it('has every input and output documented in the README', async () => {
    const readme = await readFile(`${ROOT}README.md`, 'utf8');
    const section = readme.slice(readme.indexOf('## sbom'));
    const yml = await load();
    for (const name of [...Object.keys(yml.inputs), ...Object.keys(yml.outputs)]) expect(section).toContain(`\`${name}\``);
  });
});
