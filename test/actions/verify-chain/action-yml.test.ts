import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { INPUT } from '../../../src/actions/verify-chain/inputs.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const load = async () => parse(await readFile(`${ROOT}actions/verify-chain/action.yml`, 'utf8')) as {
  inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string; main: string };
};

describe('verify-chain action.yml', () => {
  it('declares exactly the inputs the action reads, and runs the committed bundle on node24', async () => {
    const yml = await load();
    expect(Object.keys(yml.inputs).sort()).toEqual(Object.values(INPUT).sort());
    expect(yml.runs).toEqual({ using: 'node24', main: '../../dist/verify-chain/index.js' });
    expect(Object.keys(yml.outputs).sort()).toEqual(['bundle-source', 'predicate-type', 'report-path', 'signer', 'verified']);
  });

  it('has every input and output documented in the README', async () => {
    const readme = await readFile(`${ROOT}README.md`, 'utf8');
    const yml = await load();
    for (const name of [...Object.keys(yml.inputs), ...Object.keys(yml.outputs)]) expect(readme).toContain(`\`${name}\``);
  });
});
