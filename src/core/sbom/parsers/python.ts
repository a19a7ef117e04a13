// The Python lockfiles, one module each (src/core/sbom/parsers/python/).
export { parseRequirements } from './python/requirements.js';
export { parsePoetryLock } from './python/poetry.js';
export { parseUvLock } from './python/uv.js';
export { parsePipfileLock } from './python/pipfile.js';
