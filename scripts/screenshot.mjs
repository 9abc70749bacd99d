// Makes the pictures of PR comments in docs/: real measurements, their
// Markdown rendered by cmark-gfm (GitHub's implementation), shot in headless
// Chromium. Three comments a reviewer meets:
//   comment.png            one leak, no baseline yet (the README's picture);
//   comment-many.png       40 leaking lines in 10 files;
//   comment-regression.png against main: a new, a grown, an unchanged and a fixed line.
// Each picture's Markdown is kept beside it (.md). Needs cmark-gfm and chromium
// (Debian packages). Usage: node scripts/screenshot.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = (cwd, args) => {
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli/index.js'), ...args], { cwd, encoding: 'utf8' });
  if (r.status === 2) throw new Error(`leak-gate ${args.join(' ')} failed in ${cwd}: ${r.stdout}${r.stderr}`);
};
const project = (files) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'leak-gate-shot-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
};

/** One leak: the bundled example, measured alone. */
function oneLeak() {
  const dir = project({ 'service.py': readFileSync(path.join(root, 'examples/leaky_service.py'), 'utf8') });
  cli(dir, ['run', 'service.py', '--markdown', 'comment.md']);
  return dir;
}

/** 40 leaking lines in 10 files, each keeping what it makes in a list of its own. */
function manyLines() {
  const files = {};
  const calls = [];
  for (let f = 0; f < 10; f++) {
    const lines = [];
    for (let i = 0; i < 4; i++) {
      lines.push(
        `_kept_${i} = []`,
        '',
        '',
        `def record_${i}(n):`,
        `    _kept_${i}.append(bytes(${64 + 16 * f + 4 * i}) + str(n).encode())`,
        '',
        '',
      );
      calls.push(`    shop.module_${f}.record_${i}(_n)`);
    }
    files[`shop/module_${f}.py`] = lines.join('\n');
  }
  files['shop/__init__.py'] = Array.from({ length: 10 }, (_, f) => `from shop import module_${f}`).join('\n') + '\n';
  files['workload.py'] = ['import shop', '', '_n = 0', '', '', 'def workload():', '    global _n', '    _n += 1', ...calls, ''].join('\n');
  const dir = project(files);
  cli(dir, ['run', 'workload.py', '--markdown', 'comment.md']);
  return dir;
}

/** A regression against main: one line new, one grown, one unchanged, one fixed. */
function regression() {
  const service = (grown, fixed, added) =>
    [
      '"""Order service: what it keeps between requests."""',
      '_orders = {}',
      '_audit = []',
      '_seen = []',
      '_tokens = set()',
      '',
      '',
      'def store(n):',
      `    _orders[n] = {"id": n, "lines": [n] * ${grown}}`,
      '',
      '',
      'def audit(n):',
      '    _audit.append("order %d stored" % n)',
      '',
      '',
      'def remember(n):',
      fixed ? '    _seen.append(n * 1000003)' : '    return n',
      '',
      '',
      'def token(n):',
      added ? '    _tokens.add("token-%08d" % n * 3)' : '    return n',
      '',
      '',
      '_n = 0',
      '',
      '',
      'def workload():',
      '    global _n',
      '    _n += 1',
      '    store(_n)',
      '    audit(_n)',
      '    remember(_n)',
      '    token(_n)',
      '',
    ].join('\n');
  const dir = project({ 'service.py': service(4, true, false) });
  cli(dir, ['run', 'service.py', '--json', 'main.json']);
  writeFileSync(path.join(dir, 'service.py'), service(40, false, true));
  cli(dir, ['run', 'service.py', '--baseline', 'main.json', '--fail-on', 'regression', '--markdown', 'comment.md']);
  return dir;
}

function shoot(dir, name, height) {
  const html = execFileSync('cmark-gfm', ['--unsafe', '--extension', 'table', '--extension', 'autolink'], {
    input: readFileSync(path.join(dir, 'comment.md')),
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
  writeFileSync(path.join(dir, 'comment.html'), page);
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
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--hide-scrollbars',
      `--window-size=900,${height}`,
      `--screenshot=${path.join(root, `docs/${name}.png`)}`,
      `file://${path.join(dir, 'comment.html')}`,
    ],
    { stdio: 'ignore' },
  );
  writeFileSync(path.join(root, `docs/${name}.md`), readFileSync(path.join(dir, 'comment.md')));
  console.log(`wrote docs/${name}.png and docs/${name}.md`);
}

shoot(oneLeak(), 'comment', 760);
shoot(manyLines(), 'comment-many', 1100);
shoot(regression(), 'comment-regression', 980);
