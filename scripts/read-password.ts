/**
 * The password for a staff account on the command line: from ACCOUNT_PASSWORD (scripts, CI), or asked
 * twice on the terminal without echo. Never printed, never an argument (arguments show in `ps` and in
 * the shell's history).
 */
import { passwordProblem } from '../api/auth/password-policy';

const ENTER = ['\r', '\n'];
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = ['\u007f', '\b'];

/** One line from the terminal, typed blind. */
function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed: string[] = [];
    const done = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write('\n');
    };
    const onData = (chunk: string) => {
      for (const c of Array.from(chunk)) {
        if (ENTER.includes(c)) return (done(), resolve(typed.join('')));
        if (c === CTRL_C || c === CTRL_D) return (done(), reject(new Error('cancelled: no password set')));
        typed = BACKSPACE.includes(c) ? typed.slice(0, -1) : [...typed, c];
      }
    };
    stdin.on('data', onData);
  });
}

function checked(password: string, login: string): string {
  const problem = passwordProblem(password, login);
  if (problem) throw new Error(`password ${problem.reason}`);
  return password;
}

/**
 * ACCOUNT_PASSWORD, else the password typed twice; undefined when there is no terminal to ask on, or
 * (with `optional`) when the first answer is empty.
 */
export async function readPassword(login: string, { optional }: { optional: boolean }): Promise<string | undefined> {
  const given = process.env.ACCOUNT_PASSWORD;
  if (given !== undefined && given !== '') return checked(given, login);
  if (!process.stdin.isTTY) return undefined;
  const hint = optional ? ' (Enter: none, API token only)' : '';
  for (;;) {
    const first = await askHidden(`Password for ${login}${hint}: `);
    if (first === '' && optional) return undefined;
    const problem = passwordProblem(first, login);
    if (problem) {
      console.error(`The password ${problem.reason}; try again.`);
      continue;
    }
    if ((await askHidden('The same password again: ')) === first) return first;
    console.error('The two passwords differ; try again.');
  }
}
