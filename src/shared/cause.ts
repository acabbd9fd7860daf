/**
 * A thrown value as text for a message, the one implementation behind storage failures and file
 * import errors. Never throws itself, whatever was thrown.
 */
import { isRecord } from './record';

/** How much of an error to show: its name and message ("QuotaExceededError: …"), or its message alone. */
export type CauseForm = 'name and message' | 'message';

/**
 * `form` 'name and message' (the default) gives "Name: message" in English, as the engine reported
 * it: storage uses it because the name (QuotaExceededError, DatabaseClosedError) is the news.
 * 'message' gives the message alone, for reasons shown inside a sentence ("the file could not be
 * read (…)"). A value with neither name nor message is turned into a string.
 */
export function describeCause(cause: unknown, form: CauseForm = 'name and message'): string {
  try {
    if (isRecord(cause)) {
      const name = typeof cause['name'] === 'string' && cause['name'] !== '' ? cause['name'] : undefined;
      const message = typeof cause['message'] === 'string' && cause['message'] !== '' ? cause['message'] : undefined;
      if (form === 'message' && message) return message;
      if (name && message) return `${name}: ${message}`;
      if (message) return message;
      if (name) return name;
    }
    return String(cause);
  } catch {
    return 'unknown error';
  }
}
