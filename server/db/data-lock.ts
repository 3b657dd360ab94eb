import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The embedded database's folder belongs to one process at a time (PGlite keeps it open and
 * writes it as it likes). A lock file with the holder's process id says who has it; a lock left
 * by a process that is gone is taken over.
 */
export class DataDirectoryBusyError extends Error {}

export function lockDataDirectory(directory: string): () => void {
  mkdirSync(directory, { recursive: true });
  const lockFile = join(directory, 'orderdesk.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8').trim());
      if (isRunning(holder) && holder !== process.pid) {
        throw new DataDirectoryBusyError(
          `The database in ${directory} is in use by another Orderdesk process (pid ${holder}). ` +
            'Stop that process (for example the server started with npm start) and run this again; nothing was changed.',
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirectoryBusyError(`Could not lock the database in ${directory}; nothing was changed.`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
