import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { INPUT } from '../../../src/actions/attest-step/inputs.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const load = async () => parse(await readFile(`${ROOT}actions/attest-step/action.yml`, 'utf8')) as {
  inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: Record<string, string>;
};

describe('attest-step action.yml', () => {
  it('declares exactly the inputs the action reads', async () => {
    expect(Object.keys((await load()).inputs).sort()).toEqual(Object.values(INPUT).sort());
  });

  it('runs the committed bundle on node24, with a post step (wrap mode) only after a successful job', async () => {
    expect((await load()).runs).toEqual({ using: 'node24', main: '../../dist/attest-step/index.js', post: '../../dist/attest-step/index.js', 'post-if': 'success()' });
  });

  it('has every input and output documented in the README', async () => {
    const readme = await readFile(`${ROOT}README.md`, 'utf8');
    const yml = await load();
    const section = readme.slice(readme.indexOf('## attest-step'));
    for (const name of [...Object.keys(yml.inputs), ...Object.keys(yml.outputs)]) expect(section).toContain(`\`${name}\``);
  });
});
