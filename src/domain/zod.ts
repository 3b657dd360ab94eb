import { z } from 'zod/mini';
import { merchantMessage } from './zod-messages';

/**
 * zod/mini, zod's smaller build, with messages in merchants' words: they read them at form fields
 * and API clients in 422 answers. Every schema imports `z` from here, so the messages are in place
 * before anything is parsed.
 */
z.config({ localeError: merchantMessage });

export { z };
