/**
 * The set-up page of the second factor, for signing in (REQUIRE_TOTP_FOR) and for one's own account alike:
 * a new secret, proposed through the form (sealed, bound to the account) until a code from the app proves
 * it was added; then it is kept and the recovery codes are shown once.
 */
import type { Config } from '../../infra/config';
import type { Keyring } from '../../infra/keyring';
import { newTotpSecret, sealEnrolment, totpUri, unsealEnrolment } from '../auth/second-factor';
import type { FormState } from '../../web/forms';
import type { SetUpView } from '../../web/pages/second-factor';

export async function setUpView(
  deps: { config: Config; keys: Keyring },
  accountId: string,
  view: { action: string; csrfToken: string; required?: boolean; form?: FormState },
  proposed?: string,
): Promise<SetUpView> {
  const secret = proposed ?? newTotpSecret();
  const uri = totpUri(secret, deps.config.organisationName, accountId);
  // Rendered here, as SVG without any network: the page carries the QR code itself (the CSP allows no other source).
  // The library loads when an account first sets up its second factor, not with every API (issue 20, memory).
  const { default: QRCode } = await import('qrcode');
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return { ...view, secret, uri, qrSvg, enrolment: sealEnrolment(deps.keys, accountId, secret) };
}

/** The secret a set-up form proposed for this account, if the form carries one of ours. */
export function proposedSecret(keys: Keyring, accountId: string, body: unknown): string | undefined {
  const sealed = (body as Record<string, unknown> | undefined)?.enrolment;
  return typeof sealed === 'string' ? unsealEnrolment(keys, accountId, sealed) : undefined;
}
