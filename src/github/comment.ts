// One PR comment per workload, found again by its hidden marker and updated in place.

import { httpStatus, type Octokit } from './api.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type CommentResult = { ok: true; url: string; action: 'created' | 'updated' } | { ok: false; status?: number; message: string };

export { commentMarker } from '../render/markdown.js';

export async function upsertComment(
  octokit: Octokit,
  where: CommentTarget,
  marker: string,
  render: (limit: number) => string,
  limit: number,
): Promise<CommentResult> {
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: where.owner,
      repo: where.repo,
      issue_number: where.issueNumber,
      per_page: 100,
    });
    // Ours: carries the marker and was written by a bot (the job's token writes as github-actions[bot]).
    const mine = comments.find((c) => c.body?.includes(marker) && c.user?.type === 'Bot');
    // GitHub counts the limit its own way: on a 422, try again at half the size, twice at most.
    let size = limit;
    for (let attempt = 0; attempt < 3; attempt++) {
      const body = render(size);
      try {
        if (mine) {
          const r = await octokit.rest.issues.updateComment({ owner: where.owner, repo: where.repo, comment_id: mine.id, body });
          return { ok: true, url: r.data.html_url, action: 'updated' };
        }
        const r = await octokit.rest.issues.createComment({ owner: where.owner, repo: where.repo, issue_number: where.issueNumber, body });
        return { ok: true, url: r.data.html_url, action: 'created' };
      } catch (err) {
        if (httpStatus(err) !== 422) throw err;
        size = Math.floor(body.length / 2);
      }
    }
    return { ok: false, message: 'the comment was refused as too long' };
  } catch (err) {
    return { ok: false, status: httpStatus(err), message: (err as Error).message };
  }
}
