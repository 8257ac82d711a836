import { html, type SafeHtml } from '../html.js';

/** The sign-in form: the admin token, posted; `problem` says why the last try failed. */
export function signInBody(problem?: string): SafeHtml {
  return html`<h1>Sign in</h1>
${problem ? html`<p class="notice" role="alert">${problem}</p>` : ''}
<form method="post" action="/admin/sign-in"><div class="row">
<label for="token">Admin token</label><input id="token" name="token" type="password" autocomplete="current-password" required>
<button class="primary">Sign in</button></div></form>
<p class="muted">The token is ADMIN_TOKEN in the bot's environment.</p>`;
}
