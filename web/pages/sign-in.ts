/** Sign-in: login name and password, with an error summary that links to the field (GOV.UK pattern). */
import { html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';

export type SignInProblem = { kind: 'missing' } | { kind: 'wrong' } | { kind: 'too-many'; waitSeconds: number };

export interface SignInView {
  csrfToken: string;
  login?: string;
  /** Where to go after signing in (a path inside the app). */
  next?: string;
  problem?: SignInProblem;
  /** Why the page is shown: signed out, a password just set through a link, a second step that took too long. */
  notice?: 'signed-out' | 'password-set' | 'expired';
}

function problemText(ctx: PageContext, problem: SignInProblem): string {
  const t = ctx.t.signIn;
  if (problem.kind === 'missing') return t.missing;
  return problem.kind === 'wrong' ? t.wrong : t.tooMany(problem.waitSeconds);
}

export function signInPage(ctx: PageContext, view: SignInView): string {
  const t = ctx.t.signIn;
  const message = view.problem && problemText(ctx, view.problem);
  const main = html`<div class="narrow">
  ${
    message &&
    html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${t.errorTitle}</h2>
    <ul><li><a href="#login">${message}</a></li></ul>
  </div>`
  }
  ${
    view.notice &&
    !message &&
    html`<p class="notice${view.notice === 'expired' ? ' notice--warning' : ''}" role="status">${
      { 'signed-out': t.signedOut, 'password-set': ctx.t.password.setDone, expired: ctx.t.signInCode.expired }[
        view.notice
      ]
    }</p>`
  }
  <h1>${t.title}</h1>
  <p>${t.intro}</p>
  <form method="post" action="${PATHS.signIn}" class="form" novalidate>
    ${csrfField(view.csrfToken)}
    ${view.next && html`<input type="hidden" name="next" value="${view.next}">`}
    <div class="field${message ? ' field--error' : ''}">
      <label for="login">${t.login}</label>
      ${message && html`<p id="login-error" class="field__error">${message}</p>`}
      <input id="login" name="login" type="text" value="${view.login ?? ''}" autocomplete="username"
        autocapitalize="none" spellcheck="false" required${message && html` aria-invalid="true" aria-describedby="login-error"`}>
    </div>
    <div class="field">
      <label for="password">${t.password}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required>
    </div>
    <button type="submit" class="button">${t.submit}</button>
  </form>
  <p><a href="${PATHS.forgotPassword}">${ctx.t.password.forgot}</a></p>
  <p class="hint">${t.noPassword}</p>
</div>`;
  return layout(ctx, { title: t.title, main });
}
