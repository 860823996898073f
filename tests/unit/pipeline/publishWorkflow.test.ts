/** The publishing pipeline's workflow file: valid YAML with what publishing needs. */
import { describe, expect, test } from 'vitest';
import {
  BUILD_CACHES,
  expectInstallCheckBuild,
  expectInstallThenCheckOnly,
  readPipeline,
} from './publishingPipeline.ts';

type Step = { uses?: string; run?: string; with?: Record<string, string> };
type Workflow = {
  on: { push: { branches: string[] }; schedule: { cron: string }[] };
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; needs?: string; steps: Step[] }>;
};

const workflow = readPipeline<Workflow>('.github/workflows/publish.yml');
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.flatMap((step) => (step.run ? [step.run] : []));

describe('the publishing workflow', () => {
  test('runs on every push to main and every 15 minutes, for scheduled articles', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule.map((s) => s.cron)).toEqual(['*/15 * * * *']);
  });

  test('installs from the lock file, checks, then builds', () => {
    expectInstallCheckBuild(runs);
  });

  test('keeps the build caches between runs and deploys dist/ to Pages', () => {
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'))!;
    for (const dir of BUILD_CACHES) expect(cache.with!.path).toContain(dir);
    expect(
      steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!.with!.path,
    ).toBe('dist');
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(
      workflow.jobs.deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')),
    ).toBe(true);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  test('names every action by a released version', () => {
    for (const step of steps.filter((s) => s.uses))
      expect(step.uses, step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
  });
});

describe('the check of pull requests', () => {
  const check = readPipeline<{
    on: { pull_request: { branches: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, { steps: Step[] }>;
  }>('.github/workflows/check.yml');

  test('checks every pull request into main, reading the repository and nothing more', () => {
    expect(check.on.pull_request.branches).toEqual(['main']);
    expect(check.permissions).toEqual({ contents: 'read' });
  });

  test('installs from the lock file, then checks; it builds and deploys nothing', () => {
    const checkSteps = Object.values(check.jobs).flatMap((job) => job.steps);
    expectInstallThenCheckOnly(checkSteps.flatMap((step) => (step.run ? [step.run] : [])));
    expect(checkSteps.some((step) => step.uses?.includes('pages'))).toBe(false);
  });
});
