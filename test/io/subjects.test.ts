import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { collectSubjects } from '../../src/io/subjects.js';
import { makeTempDir, removeDir, writeTree } from '../support/temp-tree.js';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const sha512 = (s: string): string => createHash('sha512').update(s).digest('hex');
const H = 'ab'.repeat(32);

let root: string;
let ws: string;

beforeAll(async () => {
  root = await realpath(await makeTempDir());
  ws = join(root, 'ws');
  await writeTree(root, {
    'ws/dist/b.tgz': 'bee',
    'ws/dist/a.tgz': 'ay',
    'ws/dist/linux/app': 'linux app',
    'ws/dist/darwin/app': 'darwin app',
    'ws/copy/a.tgz': 'ay',
    'ws/SHA256SUMS': `${H}  from-file.tgz\n`,
    'outside/SHA256SUMS': `${H}  secret.tgz\n`,
  });
});
afterAll(() => removeDir(root));

describe('collectSubjects', () => {
  describe('subject-path', () => {
    it('hashes the matched files and names each by its base name, sorted', async () => {
      expect(await collectSubjects({ workspace: ws, subjectPath: 'dist/b.tgz, dist/a.tgz' })).toEqual([
        { name: 'a.tgz', digest: { sha256: sha256('ay') } },
        { name: 'b.tgz', digest: { sha256: sha256('bee') } },
      ]);
    });

    it('computes every requested algorithm', async () => {
      expect(await collectSubjects({ workspace: ws, subjectPath: 'dist/a.tgz', algorithms: ['sha256', 'sha512'] })).toEqual([
        { name: 'a.tgz', digest: { sha256: sha256('ay'), sha512: sha512('ay') } },
      ]);
    });

    it('collapses identical files that share a name', async () => {
      expect(await collectSubjects({ workspace: ws, subjectPath: 'dist/a.tgz\ncopy/a.tgz' })).toEqual([
        { name: 'a.tgz', digest: { sha256: sha256('ay') } },
      ]);
    });

    it('refuses two different files with the same base name, naming both', async () => {
      await expect(collectSubjects({ workspace: ws, subjectPath: 'dist/*/app' })).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: expect.stringMatching(/dist\/darwin\/app and .*dist\/linux\/app have the same name app/),
      });
    });

    it('uses subject-name for a single file, and refuses it for several', async () => {
      expect(await collectSubjects({ workspace: ws, subjectPath: 'dist/a.tgz', subjectName: 'pkg:npm/a@1' })).toEqual([
        { name: 'pkg:npm/a@1', digest: { sha256: sha256('ay') } },
      ]);
      await expect(collectSubjects({ workspace: ws, subjectPath: 'dist/*.tgz', subjectName: 'x' })).rejects.toMatchObject({
        code: 'INPUT_INVALID',
      });
    });

    it('names subject-path when a pattern matches nothing', async () => {
      await expect(collectSubjects({ workspace: ws, subjectPath: 'dist/*.zip' })).rejects.toMatchObject({
        code: 'PATH_NOT_FOUND',
        message: 'subject-path: dist/*.zip matched no file',
      });
    });
  });

  describe('subject-digest', () => {
    it('takes the digest and name as given, normalized', async () => {
      expect(
        await collectSubjects({ workspace: ws, subjectDigest: `SHA256:${H.toUpperCase()}`, subjectName: 'ghcr.io/o/img' }),
      ).toEqual([{ name: 'ghcr.io/o/img', digest: { sha256: H } }]);
    });

    it('requires subject-name and a valid digest', async () => {
      await expect(collectSubjects({ workspace: ws, subjectDigest: `sha256:${H}` })).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: expect.stringContaining('subject-name'),
      });
      await expect(collectSubjects({ workspace: ws, subjectDigest: 'sha256:abc', subjectName: 'x' })).rejects.toMatchObject({
        code: 'DIGEST_INVALID',
        message: expect.stringContaining('subject-digest'),
      });
    });
  });

  describe('subject-checksums', () => {
    it('reads a checksums file in the workspace', async () => {
      expect(await collectSubjects({ workspace: ws, subjectChecksums: 'SHA256SUMS' })).toEqual([
        { name: 'from-file.tgz', digest: { sha256: H } },
      ]);
    });

    it('takes the list itself when given inline, even on one line', async () => {
      const inline = `${H}  b.tgz\n${H}  a.tgz`;
      expect(await collectSubjects({ workspace: ws, subjectChecksums: inline })).toEqual([
        { name: 'a.tgz', digest: { sha256: H } },
        { name: 'b.tgz', digest: { sha256: H } },
      ]);
      expect(await collectSubjects({ workspace: ws, subjectChecksums: `${H}  one.tgz` })).toEqual([
        { name: 'one.tgz', digest: { sha256: H } },
      ]);
    });

    it('refuses a checksums file outside the workspace, or missing', async () => {
      await expect(collectSubjects({ workspace: ws, subjectChecksums: '../outside/SHA256SUMS' })).rejects.toMatchObject({
        code: 'PATH_OUTSIDE_WORKSPACE',
      });
      await expect(collectSubjects({ workspace: ws, subjectChecksums: 'MISSING.txt' })).rejects.toMatchObject({
        code: 'PATH_NOT_FOUND',
      });
    });

    it('refuses a malformed inline list, naming subject-checksums', async () => {
      await expect(collectSubjects({ workspace: ws, subjectChecksums: 'not a list\nat all' })).rejects.toMatchObject({
        code: 'CHECKSUMS_INVALID',
        message: expect.stringMatching(/^subject-checksums line 1:/),
      });
    });
  });

  describe('mode selection', () => {
    it('requires one mode, naming the inputs', async () => {
      await expect(collectSubjects({ workspace: ws, subjectPath: '  ', subjectChecksums: '' })).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: expect.stringMatching(/subject-path.*subject-digest.*subject-checksums/),
      });
    });

    it('refuses more than one mode, naming those given', async () => {
      await expect(
        collectSubjects({ workspace: ws, subjectPath: 'dist/a.tgz', subjectChecksums: 'SHA256SUMS' }),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID', message: 'give only one of subject-path, subject-checksums' });
    });

    it('refuses subject-name with subject-checksums', async () => {
      await expect(
        collectSubjects({ workspace: ws, subjectChecksums: 'SHA256SUMS', subjectName: 'x' }),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID', message: expect.stringContaining('subject-name') });
    });
  });
});
