import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { getPriority } from 'node:os';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { backgroundNice, defaultBackgroundNice } from './background.js';

describe('background priority', () => {
  it('reads VIGIL_BACKGROUND_NICE, 0 to 19, and refuses anything else', () => {
    assert.equal(backgroundNice({}), defaultBackgroundNice);
    assert.equal(backgroundNice({ VIGIL_BACKGROUND_NICE: '0' }), 0);
    assert.equal(backgroundNice({ VIGIL_BACKGROUND_NICE: '19' }), 19);
    for (const bad of ['20', '-1', '2.5', 'low']) assert.throws(() => backgroundNice({ VIGIL_BACKGROUND_NICE: bad }), /VIGIL_BACKGROUND_NICE/);
  });

  // In a child process: a priority once lowered cannot be raised back without privileges.
  it('lowers the process priority, and never raises one already lower', () => {
    const module = fileURLToPath(new URL('./background.ts', import.meta.url));
    const run = (script: string) => execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }).trim();
    const prelude = `import { getPriority, setPriority } from 'node:os'; const { runInBackground } = await import(${JSON.stringify(module)});`;
    // The child starts at this process's priority (a test run may itself be lowered).
    const start = getPriority();
    assert.equal(run(`${prelude} runInBackground(7); console.log(getPriority());`), String(Math.max(start, 7)));
    assert.equal(run(`${prelude} setPriority(15); runInBackground(7); console.log(getPriority());`), String(Math.max(start, 15)));
    assert.equal(run(`${prelude} runInBackground(0); console.log(getPriority());`), String(start));
  });
});
