import { createHash } from 'node:crypto';
import { html, raw, type SafeHtml } from './html.js';

/** The console's one stylesheet, inline: a page is one request, and the CSP allows exactly this text. */
const CSS = `
:root{color-scheme:light dark;--fg:#1b1f24;--muted:#5b6470;--bg:#fff;--card:#f5f7f9;--line:#d8dee4;--accent:#0b63c5;--bad:#b42318;--good:#067647}
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ed;--muted:#9aa4b0;--bg:#111418;--card:#1a1f25;--line:#2c333b;--accent:#6cb0ff;--bad:#ff8a80;--good:#7ee2a8}}
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.6rem 1rem;border-bottom:1px solid var(--line)}
header strong{margin-right:auto}nav a{margin-right:.8rem}a{color:var(--accent)}
main{max-width:72rem;margin:0 auto;padding:1rem}h1{font-size:1.3rem;margin:.2rem 0 1rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.6rem}.card{background:var(--card);border-radius:.5rem;padding:.6rem .8rem}
.card b{display:block;font-size:1.4rem}.muted{color:var(--muted)}.notice{background:var(--card);border-left:4px solid var(--accent);padding:.5rem .8rem}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
form.inline{display:inline}button,input,select{font:inherit;padding:.35rem .6rem;border:1px solid var(--line);border-radius:.35rem;background:var(--bg);color:var(--fg)}
button{cursor:pointer;background:var(--card)}button.primary{background:var(--accent);border-color:var(--accent);color:#fff}button.bad{color:var(--bad)}
.row{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:.3rem 0}.q{font-weight:600}.chose{color:var(--good)}button.primary .chose{color:#fff;font-weight:600}
figure{margin:0 0 1rem}svg{width:100%;height:auto;max-height:16rem}svg text{fill:var(--muted);font-size:11px}svg .axis{stroke:var(--line)}
.s0{fill:#4e79a7}.s1{fill:#f28e2b}.s2{fill:#59a14f}.s3{fill:#b07aa1}.s4{fill:#76b7b2}.up{fill:var(--good)}.down{fill:var(--bad)}.line{fill:none;stroke:var(--accent);stroke-width:2}
.legend span{margin-right:.8rem}.sw{display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:-.1em}
.sw.s0{background:#4e79a7}.sw.s1{background:#f28e2b}.sw.s2{background:#59a14f}.sw.s3{background:#b07aa1}.sw.s4{background:#76b7b2}.sw.up{background:var(--good)}.sw.down{background:var(--bad)}
input[type=search],input[name=q]{width:100%;max-width:40rem}code{font-size:.9em}
@media (max-width:40rem){main{padding:.6rem}td,th{padding:.3rem}.hide-narrow{display:none}}
`.replace(/\n/g, '');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The console's headers: no framing, no sniffing, no caching, and only its own inline style. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': `default-src 'none'; style-src ${sha256(CSS)}; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  // Not no-referrer: then a browser sends `Origin: null` with the console's own forms, which the origin check refuses.
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};

export type Section = 'overview' | 'unanswered' | 'try' | 'sign-in';

/** A whole page: the viewport for phones, the style, the navigation (when signed in), the body. */
export function page(title: string, section: Section, body: SafeHtml, csrf?: string): SafeHtml {
  const link = (to: Section, label: string) =>
    html`<a href="/admin/${to}"${to === section ? raw(' aria-current="page"') : ''}>${label}</a>`;
  const nav =
    section === 'sign-in'
      ? ''
      : html`<nav>${link('overview', 'Overview')}${link('unanswered', 'Unanswered')}${link('try', 'Try it')}</nav>
<form class="inline" method="post" action="/admin/sign-out"><input type="hidden" name="csrf" value="${csrf ?? ''}"><button>Sign out</button></form>`;
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · FAQ bot admin</title><style>${raw(CSS)}</style></head>
<body><header><strong>FAQ bot admin</strong>${nav}</header><main>${body}</main></body></html>`;
}
