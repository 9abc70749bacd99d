// A local stand-in of the GitHub REST API and the artifact service, on
// 127.0.0.1, holding just the state the journeys need: comments, workflow runs,
// artifacts (their zips as the artifact client uploaded them) and pull requests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, inflateRawSync } from 'node:zlib';

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface Run {
  id: number;
  event: string;
  conclusion: string | null;
  head_branch: string;
  head_sha: string;
  repository_id: number;
  head_repository_id: number;
}

export interface Artifact {
  id: number;
  name: string;
  runId: number;
  created_at: string;
  expired: boolean;
  zip: Buffer;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  /** How many requests it answers; then the route works again. */
  times: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export const OWNER = 'acme';
export const REPO = 'shop';
export const REPO_ID = 1;

export class GitHubStandIn {
  private server!: Server;
  url = '';
  comments = new Map<number, Comment[]>();
  runs = new Map<number, Run>();
  artifacts: Artifact[] = [];
  pulls = new Map<number, { head: { sha: string } }>();
  faults: Fault[] = [];
  requests: string[] = [];
  /** The run whose uploads the artifact service receives now. */
  currentRun = 0;
  /** Longer comment bodies are refused with 422. */
  maxCommentBody = 65_536;
  private nextId = 1000;
  private blobs = new Map<string, Map<string, Buffer>>();
  private pending = new Map<string, { name: string }>();

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks)));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** ACTIONS_RUNTIME_TOKEN: a JWT the artifact client decodes (never verifies) for its backend ids. */
  runtimeToken(): string {
    const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.ExampleScope Actions.Results:run-${this.currentRun}:job-1` })}.sig`;
  }

  addRun(run: Partial<Run> & { id: number }): Run {
    const full: Run = {
      event: 'push',
      conclusion: 'success',
      head_branch: 'main',
      head_sha: 'b'.repeat(40),
      repository_id: REPO_ID,
      head_repository_id: REPO_ID,
      ...run,
    };
    this.runs.set(full.id, full);
    return full;
  }

  private json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  private artifactJson(a: Artifact) {
    const run = this.runs.get(a.runId);
    return {
      id: a.id,
      name: a.name,
      size_in_bytes: a.zip.length,
      expired: a.expired,
      created_at: a.created_at,
      archive_download_url: `${this.url}/repos/${OWNER}/${REPO}/actions/artifacts/${a.id}/zip`,
      workflow_run: run && {
        id: run.id,
        head_branch: run.head_branch,
        head_sha: run.head_sha,
        repository_id: run.repository_id,
        head_repository_id: run.head_repository_id,
      },
    };
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const p = url.pathname;
    this.requests.push(`${method} ${p}${url.search}`);
    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(p));
    if (fault) {
      fault.times--;
      return this.json(res, fault.status, fault.body ?? { message: `stand-in fault ${fault.status}` }, fault.headers);
    }
    const repo = `/repos/${OWNER}/${REPO}`;
    let m: RegExpMatchArray | null;

    if ((m = p.match(new RegExp(`^${repo}/issues/(\\d+)/comments$`)))) {
      const n = Number(m[1]);
      const list = this.comments.get(n) ?? [];
      if (method === 'GET') return this.json(res, 200, list);
      if (method === 'POST') {
        const text = JSON.parse(body.toString()).body as string;
        if (text.length > this.maxCommentBody)
          return this.json(res, 422, { message: 'Validation Failed', errors: [{ message: 'body is too long' }] });
        const id = this.nextId++;
        const c: Comment = {
          id,
          body: text,
          user: { login: 'github-actions[bot]', type: 'Bot' },
          html_url: `https://github.com/${OWNER}/${REPO}/pull/${n}#issuecomment-${id}`,
        };
        this.comments.set(n, [...list, c]);
        return this.json(res, 201, c);
      }
    }
    if ((m = p.match(new RegExp(`^${repo}/issues/comments/(\\d+)$`))) && method === 'PATCH') {
      const text = JSON.parse(body.toString()).body as string;
      if (text.length > this.maxCommentBody) return this.json(res, 422, { message: 'Validation Failed' });
      for (const list of this.comments.values()) {
        const c = list.find((x) => x.id === Number(m![1]));
        if (c) {
          c.body = text;
          return this.json(res, 200, c);
        }
      }
      return this.json(res, 404, { message: 'Not Found' });
    }
    if (p === `${repo}/actions/artifacts` && method === 'GET') {
      const name = url.searchParams.get('name');
      const list = this.artifacts.filter((a) => !name || a.name === name).sort((a, b) => b.id - a.id);
      return this.json(res, 200, { total_count: list.length, artifacts: list.map((a) => this.artifactJson(a)) });
    }
    if ((m = p.match(new RegExp(`^${repo}/actions/runs/(\\d+)$`))) && method === 'GET') {
      const run = this.runs.get(Number(m[1]));
      return run ? this.json(res, 200, run) : this.json(res, 404, { message: 'Not Found' });
    }
    if ((m = p.match(new RegExp(`^${repo}/actions/runs/(\\d+)/artifacts$`))) && method === 'GET') {
      const name = url.searchParams.get('name');
      const list = this.artifacts.filter((a) => a.runId === Number(m![1]) && (!name || a.name === name));
      return this.json(res, 200, { total_count: list.length, artifacts: list.map((a) => this.artifactJson(a)) });
    }
    if ((m = p.match(new RegExp(`^${repo}/actions/artifacts/(\\d+)/zip$`))) && method === 'GET') {
      res.writeHead(302, { location: `${this.url}/download/${m[1]}.zip` });
      return void res.end();
    }
    if ((m = p.match(/^\/download\/(\d+)\.zip$/))) {
      const a = this.artifacts.find((x) => x.id === Number(m![1]));
      if (!a) return this.json(res, 404, {});
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.zip.length) });
      return void res.end(a.zip);
    }
    if ((m = p.match(new RegExp(`^${repo}/pulls/(\\d+)$`))) && method === 'GET') {
      const pr = this.pulls.get(Number(m[1]));
      return pr ? this.json(res, 200, { number: Number(m[1]), ...pr }) : this.json(res, 404, { message: 'Not Found' });
    }
    // The artifact service (Twirp) and its blob storage.
    if (p === '/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact') {
      const req = JSON.parse(body.toString()) as { name: string };
      const blob = `blob-${this.nextId++}`;
      this.pending.set(blob, { name: req.name });
      return this.json(res, 200, { ok: true, signed_upload_url: `${this.url}/account/container/${blob}?sig=x` });
    }
    if ((m = p.match(/^\/account\/container\/(blob-\d+)$/)) && method === 'PUT') {
      const blob = m[1]!;
      const blocks = this.blobs.get(blob) ?? new Map<string, Buffer>();
      this.blobs.set(blob, blocks);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') blocks.set(url.searchParams.get('blockid') ?? '', body);
      else if (comp === 'blocklist') {
        const ids = [...body.toString().matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((x) => x[1]!);
        blocks.set('', Buffer.concat(ids.map((id) => blocks.get(id) ?? Buffer.alloc(0))));
      } else blocks.set('', body);
      res.writeHead(201, { etag: '"x"', 'last-modified': new Date().toUTCString() });
      return void res.end();
    }
    if (p === '/twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact') {
      const req = JSON.parse(body.toString()) as { name: string };
      const blob = [...this.pending.entries()].reverse().find(([, v]) => v.name === req.name)?.[0];
      const zip = (blob ? this.blobs.get(blob)?.get('') : undefined) ?? Buffer.alloc(0);
      const id = this.nextId++;
      this.artifacts.push({
        id,
        name: req.name,
        runId: this.currentRun,
        created_at: new Date(Date.now() + id).toISOString(),
        expired: false,
        zip,
      });
      return this.json(res, 200, { ok: true, artifact_id: String(id) });
    }
    this.json(res, 404, { message: `stand-in has no route for ${method} ${p}` });
  }
}

// Artifacts are zips. The tests read the one the artifact client uploaded, and
// plant one of their own (a forged relay bundle), with these two.

/** The content of one file of a zip, found through its central directory (the client streams, so local headers may not hold the sizes). */
export function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + skip;
  }
  throw new Error(`no ${name} in the zip`);
}

/** A zip of one file, stored without compression. */
export function storedZip(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const file = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(file.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(local.length + file.length + data.length, 16);
  return Buffer.concat([local, file, data, central, file, end]);
}
