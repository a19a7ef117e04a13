import { describe, expect, it } from '@jest/globals';
import { parseChecksums } from '../../../src/core/subjects/checksums.js';

const H256 = 'ab'.repeat(32);
const H384 = 'cd'.repeat(48);
const H512 = 'ef'.repeat(64);

describe('parseChecksums', () => {
  it('reads sha256sum/sha512sum text and binary lines, inferring the algorithm from the length', () => {
    const text = `${H256}  app.tgz\n${H512} *app.zip\n${H384}  dir/with space.bin\n`;
    expect(parseChecksums(text, 'checksums.txt')).toEqual([
      { name: 'app.tgz', digest: { sha256: H256 } },
      { name: 'app.zip', digest: { sha512: H512 } },
      { name: 'dir/with space.bin', digest: { sha384: H384 } },
    ]);
  });

  it('reads the BSD tag form and openssl dgst output', () => {
    const text = `SHA256 (app.tgz) = ${H256}\nSHA2-512(app.zip)= ${H512.toUpperCase()}\n`;
    expect(parseChecksums(text, 's')).toEqual([
      { name: 'app.tgz', digest: { sha256: H256 } },
      { name: 'app.zip', digest: { sha512: H512 } },
    ]);
  });

  it('ignores blank lines, comments and CRLF endings; unescapes GNU-escaped names', () => {
    const text = `# release 1.0\r\n\r\n${H256}  a.tgz\r\n   \n\\${H256}  odd\\\\name\\nx\n`;
    expect(parseChecksums(text, 's')).toEqual([
      { name: 'a.tgz', digest: { sha256: H256 } },
      { name: 'odd\\name\nx', digest: { sha256: H256 } },
    ]);
  });

  it('collapses repeated lines and merges algorithms listed for the same name', () => {
    const text = `${H256}  a.tgz\n${H256}  a.tgz\n${H512}  a.tgz\n`;
    expect(parseChecksums(text, 's')).toEqual([{ name: 'a.tgz', digest: { sha256: H256, sha512: H512 } }]);
  });

  it('refuses a name listed twice with different digests of one algorithm', () => {
    const text = `${H256}  a.tgz\n${'00'.repeat(32)}  a.tgz\n`;
    expect(() => parseChecksums(text, 'SHA256SUMS')).toThrow(
      expect.objectContaining({ code: 'CHECKSUMS_INVALID', message: expect.stringContaining('SHA256SUMS line 2: a.tgz') }),
    );
  });

  it.each([
    ['a bare name', 'app.tgz'],
    ['a hex of unknown length', `${'ab'.repeat(20)}  app.tgz`],
    ['a hex without a name', `${H256}`],
    ['a non-hex digest', `${'zz'.repeat(32)}  app.tgz`],
    ['a tag that disagrees with the length', `SHA512 (app.tgz) = ${H256}`],
  ])('refuses %s with CHECKSUMS_INVALID naming the source and line', (_, line) => {
    expect(() => parseChecksums(`${H256}  ok.tgz\n${line}\n`, 'SHA256SUMS')).toThrow(
      expect.objectContaining({
        code: 'CHECKSUMS_INVALID',
        message: `SHA256SUMS line 2: "${line}" is not a checksum line; expected "<hex digest>  <file name>"`,
      }),
    );
  });
});
