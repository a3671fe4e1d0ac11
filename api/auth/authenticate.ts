/**
 * Staff authenticate with `Authorization: Bearer <token>` (other programs, curl) or with the web app's
 * session cookie (a person in a browser); each route names the permission it needs.
 */
import type { RequestHandler, Response } from 'express';
import type { Database } from '../../infra/database';
import { refused } from '../errors';
import { findByToken, type StaffMember } from './accounts';
import { may, type Permission } from './roles';
import { sessionOf, type SessionStore } from './sessions';
import { sameSecret } from './tokens';

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
/** Other programs read this answer: it names the token, as it did before sessions existed. */

export interface AuthenticateOptions {
  /** Web app sessions, accepted where a request has no Authorization header. */
  sessions?: SessionStore;
  /**
   * A session may POST here without its CSRF token in `X-CSRF-Token`. Only for requests that change
   * nothing (the codec server decodes): a browser sends the cookie also with requests the person never
   * meant to make, so a session changes the register only with the token its pages carry.
   */
  sessionMayPost?: boolean;
}

export function authenticate(db: Database, options: AuthenticateOptions = {}): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('Authorization');
    if (header !== undefined || !options.sessions) {
      const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
      if (!match) throw refused(401, 'authentication_required');
      const staff = await findByToken(db, match[1]);
      if (!staff) throw refused(401, 'unknown_token');
      res.locals.staff = staff;
      next();
      return;
    }
    const session = await sessionOf(req, options.sessions);
    if (!session) throw refused(401, 'authentication_required');
    if (!SAFE_METHODS.includes(req.method) && !options.sessionMayPost) {
      if (!sameSecret(req.get('X-CSRF-Token'), session.csrfToken)) {
        throw refused(403, 'csrf_header');
      }
    }
    res.locals.staff = session.staff;
    next();
  };
}

export function staffOf(res: Response): StaffMember {
  return res.locals.staff as StaffMember;
}

/** `staff`, when their roles allow `permission`; else 403. */
export function permitted(staff: StaffMember, permission: Permission): StaffMember {
  if (!may(staff.roles, permission)) {
    throw refused(403, 'forbidden', { id: staff.id, permission, roles: staff.roles.join(', ') });
  }
  return staff;
}

export function requirePermission(res: Response, permission: Permission): StaffMember {
  return permitted(staffOf(res), permission);
}

export function allow(permission: Permission): RequestHandler {
  return (_req, res, next) => {
    requirePermission(res, permission);
    next();
  };
}
