/** Staff authenticate with `Authorization: Bearer <token>`; each route names the permission it needs. */
import type { RequestHandler, Response } from 'express';
import type { Database } from '../../infra/database';
import { HttpError } from '../errors';
import { findByToken, type StaffMember } from './accounts';
import { may, type Permission } from './roles';

export function authenticate(db: Database): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('Authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new HttpError(401, 'authentication required: send Authorization: Bearer <token>');
    const staff = await findByToken(db, match[1]);
    if (!staff) throw new HttpError(401, 'unknown or disabled token');
    res.locals.staff = staff;
    next();
  };
}

export function staffOf(res: Response): StaffMember {
  return res.locals.staff as StaffMember;
}

export function requirePermission(res: Response, permission: Permission): StaffMember {
  const staff = staffOf(res);
  if (!may(staff.roles, permission)) {
    throw new HttpError(403, `${staff.id} may not ${permission} (roles: ${staff.roles.join(', ')})`);
  }
  return staff;
}

export function allow(permission: Permission): RequestHandler {
  return (_req, res, next) => {
    requirePermission(res, permission);
    next();
  };
}
