import { enableCompileCache } from 'node:module';

// V8's compiled code for the bundle is cached on disk (under NODE_COMPILE_CACHE, else os.tmpdir()): later runs
// skip compiling it, a third of a short command's time. A CLI may leave such a cache, as npm and tsc do. It is
// enabled before anything else is imported, since only modules compiled afterwards are cached.
enableCompileCache();
const [{ flushProcessIo, processIo }, { runCli }] = await Promise.all([import('./io.js'), import('./main.js')]);
process.exitCode = await runCli(process.argv.slice(2), processIo());
// The command is done: exit once the output is out, rather than when the event loop runs dry, which first runs
// whatever the engine scheduled (a full garbage collection after a large SBOM: 10-15 ms).
await flushProcessIo();
process.exit();
