import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * zod/mini, zod's smaller build, with the English messages the full build sets up by itself:
 * merchants read them at form fields and API clients in 422 answers. Every schema imports `z` from
 * here, so the messages are in place before anything is parsed.
 */
z.config(en());

export { z };
