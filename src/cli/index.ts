import { enableCompileCache } from 'node:module';

// V8's compiled code for the bundle is cached on disk (under NODE_COMPILE_CACHE, else os.tmpdir()): later runs
// skip compiling it, a third of a short command's time. A CLI may leave such a cache, as npm and tsc do. It is
// enabled before anything else is imported, since only modules compiled afterwards are cached.
enableCompileCache();
// A reader that stops early (`chainmail sbom . | head`) closes the pipe: that ends the output, not the program.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const [{ processIo }, { runCli }] = await Promise.all([import('./io.js'), import('./main.js')]);
process.exitCode = await runCli(process.argv.slice(2), processIo());
