/**
 * Security headers on every page and answer. Pages load scripts and styles only from this service;
 * no page may be framed (clickjacking of staff actions); no referrer leaves a page, because a status
 * link carries its secret in the URL.
 */
import helmet from 'helmet';

export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
    },
  },
  referrerPolicy: { policy: 'no-referrer' },
  // Pages and answers hold personal data: no shared cache keeps them.
  crossOriginResourcePolicy: { policy: 'same-origin' },
});
