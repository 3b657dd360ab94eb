// A seed's row encoder on a worker thread. The server's TypeScript is loaded through tsx, whatever
// started this process (tsx, a test runner), with the repository's tsconfig for its path aliases.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import('./seed-rows-thread.ts');
