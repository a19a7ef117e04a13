// The list syntax of actions/attest inputs: entries separated by newlines or commas, trimmed,
// empty entries dropped. A file name containing a comma therefore cannot be given literally.
export function parseList(input: string): string[] {
  return input
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
