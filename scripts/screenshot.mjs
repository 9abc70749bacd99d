// Makes docs/comment.png, the README's picture of a PR comment: a real
// measurement (a bounded buffer on "main", a leak on the "PR"), its Markdown
// rendered by cmark-gfm (GitHub's implementation), shot in headless Chromium.
// Needs cmark-gfm and chromium (Debian packages). Usage: node scripts/screenshot.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'leak-gate-shot-'));
const leaky = readFileSync(path.join(root, 'examples/leaky_service.py'), 'utf8');
const leakLine = '    _recent_responses[request_id] = body.encode()  # the leak: one entry per request, forever';
if (!leaky.includes(leakLine)) throw new Error('examples/leaky_service.py changed: update scripts/screenshot.mjs');
const bounded = leaky.replace(
  leakLine,
  '    _recent_responses.pop(request_id - 50, None)  # keep the last 50\n' +
    leakLine.replace('  # the leak: one entry per request, forever', ''),
);

const cli = (args) => spawnSync(process.execPath, [path.join(root, 'dist/cli/index.js'), ...args], { cwd: work, encoding: 'utf8' });
writeFileSync(path.join(work, 'service.py'), bounded);
cli(['run', 'service.py', '--json', 'main.json']);
writeFileSync(path.join(work, 'service.py'), leaky);
cli(['run', 'service.py', '--baseline', 'main.json', '--fail-on', 'regression', '--markdown', 'comment.md']);

const html = execFileSync('cmark-gfm', ['--unsafe', '--extension', 'table', '--extension', 'autolink'], {
  input: readFileSync(path.join(work, 'comment.md')),
  encoding: 'utf8',
});
const page = `<!doctype html><meta charset="utf-8"><style>
body{font:14px/1.5 -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;color:#1f2328;background:#fff;margin:16px}
.comment{border:1px solid #d1d9e0;border-radius:6px;max-width:860px}
.head{background:#f6f8fa;border-bottom:1px solid #d1d9e0;padding:8px 16px;color:#59636e}
.body{padding:8px 16px}
h3{font-size:1.25em;margin:16px 0 8px}
table{border-collapse:collapse;margin:8px 0;display:block;overflow:auto}
td,th{border:1px solid #d1d9e0;padding:6px 13px}
tr:nth-child(2n){background:#f6f8fa}
code{background:#818b981f;border-radius:6px;padding:.2em .4em;font:85% ui-monospace,SFMono-Regular,Menlo,monospace}
pre{background:#f6f8fa;border-radius:6px;padding:16px;font:85% ui-monospace,SFMono-Regular,Menlo,monospace;overflow:auto}
pre code{background:none;padding:0}
blockquote{color:#59636e;border-left:.25em solid #d1d9e0;margin:0;padding:0 1em}
sub{color:#59636e}
</style><div class="comment"><div class="head"><b>github-actions</b> bot commented</div><div class="body">${html}</div></div>`;
writeFileSync(path.join(work, 'comment.html'), page);
execFileSync(
  'chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${path.join(work, 'profile')}`,
    '--hide-scrollbars',
    '--window-size=900,640',
    `--screenshot=${path.join(root, 'docs/comment.png')}`,
    `file://${path.join(work, 'comment.html')}`,
  ],
  { stdio: 'ignore' },
);
writeFileSync(path.join(root, 'docs/comment.md'), readFileSync(path.join(work, 'comment.md')));
console.log('wrote docs/comment.png and docs/comment.md');
