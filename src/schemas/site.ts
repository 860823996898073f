import { z } from 'zod';
import { TextSchema } from './fields.ts';

/** The archive's settings (content/site.yaml). */
export const SiteSchema = z.object({
  /** The archive's name, shown in the header and every title. */
  name: TextSchema,
  /** One sentence about the archive, for the home page and feeds. */
  description: TextSchema,
  /** The newspaper that publishes the stories. */
  publisher: TextSchema,
  /** Shown as "<dateline> - " before every lead. */
  dateline: TextSchema,
  /** The province the archive covers. */
  province: TextSchema,
  /** Canonical base URL for feeds, the sitemap and canonical links. */
  url: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, '')),
  /** Dates without an offset are read in this time zone. */
  timezone: z
    .string()
    .refine(isTimeZone, 'is not an IANA time zone such as "Asia/Ho_Chi_Minh"')
    .default('Asia/Ho_Chi_Minh'),
  /** The content language. */
  language: z.literal('vi').default('vi'),
  /** How many stories one listing page holds. */
  pageSize: z.number().int().min(1).max(200).default(12),
  /** The content is sample content: every page says so. */
  sample: z.boolean().default(false),
  /**
   * Where the browser editor at /admin/ saves: the git host and repository of this project.
   * Without it the built site has no /admin/ (`npm run cms` edits the local folder anyway).
   */
  editor: z
    .object({
      /** The git host: GitHub, GitLab or Gitea (Forgejo). */
      backend: z.enum(['github', 'gitlab', 'gitea']),
      /** "owner/name" of the repository ("group/subgroup/name" on GitLab). */
      repo: z.string().regex(/^[\w.-]+(?:\/[\w.-]+)+$/, 'must be "owner/name"'),
      /** The branch the site is built from. */
      branch: z.string().min(1).default('main'),
      /** The address of a self-hosted GitLab or Gitea, or of GitHub's OAuth helper. */
      baseUrl: z.url({ protocol: /^https$/ }).optional(),
      /** The OAuth application's id, for a login from the browser alone (PKCE: GitLab, Gitea). */
      appId: z.string().min(1).optional(),
    })
    .strict()
    .superRefine((editor, ctx) => {
      if (editor.backend !== 'gitlab' && editor.repo.split('/').length > 2)
        ctx.addIssue({ code: 'custom', path: ['repo'], message: 'must be "owner/name"' });
      // Decap logs in to GitHub through an OAuth helper (baseUrl), never from the browser alone.
      if (editor.backend === 'github' && editor.appId)
        ctx.addIssue({
          code: 'custom',
          path: ['appId'],
          message:
            'is for GitLab and Gitea: GitHub logs in through an OAuth helper named by baseUrl',
        });
    })
    .optional(),
});

export type Site = z.output<typeof SiteSchema>;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
