/** The GitLab publishing pipeline (.gitlab-ci.yml): valid YAML with what publishing needs. */
import { describe, expect, test } from 'vitest';
import {
  BUILD_CACHES,
  expectInstallCheckBuild,
  expectInstallThenCheckOnly,
  publishingOrder,
  readPipeline,
} from './publishingPipeline.ts';

type Job = {
  image: string;
  resource_group?: string;
  rules: { if: string }[];
  variables: Record<string, string>;
  cache: { key: { files: string[] }; paths: string[]; policy?: string };
  script: string[];
  pages?: { publish: string };
  artifacts: { paths: string[] };
};

const pipeline = readPipeline<Record<string, Job>>('.gitlab-ci.yml');
const job = pipeline.publish;

describe('the GitLab publishing pipeline', () => {
  test('runs on pushes to the default branch and on its schedule, on nothing else', () => {
    const sources = job.rules.map((rule) => /\$CI_PIPELINE_SOURCE == "(\w+)"/.exec(rule.if)?.[1]);
    expect(sources).toEqual(expect.arrayContaining(['push', 'schedule']));
    for (const rule of job.rules)
      expect(rule.if, rule.if).toContain('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
  });

  test('installs from the lock file, checks, then builds, on Node 22 and the pinned Node', () => {
    expect(job.image).toBe('node:22');
    expectInstallCheckBuild(job.script);
    expect(job.script).toContain('npm ci --no-audit --no-fund');
  });

  test('keeps the build caches and npm downloads, and sets them aside while npm ci empties node_modules', () => {
    expect(job.cache.paths).toEqual(expect.arrayContaining([...BUILD_CACHES, '.npm/']));
    expect(job.variables.npm_config_cache).toBe('$CI_PROJECT_DIR/.npm');
    expect(job.cache.key.files).toEqual(['package-lock.json']);
    const install = publishingOrder(job.script)[0];
    const aside = /mv node_modules (\S+);/.exec(job.script.slice(0, install).join('\n'))?.[1];
    expect(aside, 'node_modules moved aside before npm ci').toBeDefined();
    const back = job.script
      .slice(install + 1)
      .find((line) => line.includes(`${aside}/. node_modules/`));
    expect(back, 'the caches put back after npm ci').toBeDefined();
  });

  test('publishes dist/ with GitLab Pages, one publication at a time', () => {
    expect(job.pages?.publish).toBe('dist');
    expect(job.artifacts.paths).toContain('dist');
    expect(job.resource_group).toBeTruthy();
  });
});

describe('the GitLab check of merge requests', () => {
  const check = pipeline.check;

  test('runs on every merge request, before anyone merges it', () => {
    expect(check.rules.map((rule) => rule.if)).toEqual([
      '$CI_PIPELINE_SOURCE == "merge_request_event"',
    ]);
  });

  test('installs from the lock file, then checks; it builds and publishes nothing', () => {
    expectInstallThenCheckOnly(check.script);
    expect(check.pages).toBeUndefined();
    expect(check.cache.policy).toBe('pull');
  });
});
