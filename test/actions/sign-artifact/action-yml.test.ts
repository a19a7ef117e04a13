import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { INPUT } from '../../../src/actions/sign-artifact/inputs.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const load = async (path: string) => parse(await readFile(`${ROOT}${path}`, 'utf8')) as {
  inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string; main: string };
};

describe('sign-artifact action.yml', () => {
  it('declares exactly the inputs the action reads', async () => {
    const yml = await load('actions/sign-artifact/action.yml');
    expect(Object.keys(yml.inputs).sort()).toEqual(Object.values(INPUT).sort());
  });

  it('runs the committed bundle on node24', async () => {
    const yml = await load('actions/sign-artifact/action.yml');
    expect(yml.runs).toEqual({ using: 'node24', main: '../../dist/sign-artifact/index.js' });
  });

  it('is also the root action, identical but for the path of the bundle', async () => {
    const root = await load('action.yml');
    const action = await load('actions/sign-artifact/action.yml');
    expect({ ...root, runs: undefined }).toEqual({ ...action, runs: undefined });
    expect(root.runs).toEqual({ using: 'node24', main: 'dist/sign-artifact/index.js' });
  });

  it('has every input and output documented in the README', async () => {
    const readme = await readFile(`${ROOT}README.md`, 'utf8');
    const yml = await load('actions/sign-artifact/action.yml');
    for (const name of [...Object.keys(yml.inputs), ...Object.keys(yml.outputs)]) expect(readme).toContain(`\`${name}\``);
  });
});
