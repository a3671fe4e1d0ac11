/**
 * Failure messages and stack traces go inside an encoded payload, so the payload codec encrypts them too:
 * a message such as "mail to <address> refused" must not sit in a history in plain text. Loaded by path
 * (failureConverterPath), because the workflow bundle runs it inside the sandbox as well.
 */
import { DefaultFailureConverter } from '@temporalio/common';

export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
