/**
 * npm run classify -- FILE.html [FILE2.html ...] [--url URL]
 * Prints one JSON object per file (JSON lines). A file that cannot be read
 * gives {"file","error"} on its line; the others still run; the exit code is
 * 1 at the end if any file failed.
 */
import { readFileSync } from 'node:fs';
import { classifyHtml } from '../lib/cli/classify-file';

const args = process.argv.slice(2);
let url: string | undefined;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--url') url = args[++i];
  else if (args[i].startsWith('--url=')) url = args[i].slice(6);
  else if (args[i] === '--help' || args[i] === '-h') {
    console.log('usage: npm run classify -- FILE.html [FILE2.html ...] [--url URL]');
    process.exit(0);
  } else files.push(args[i]);
}
if (!files.length) {
  console.error('usage: npm run classify -- FILE.html [FILE2.html ...] [--url URL]');
  process.exit(2);
}
if (url !== undefined && !/^https?:\/\//i.test(url)) {
  console.error(`--url must be an http(s) URL, got: ${url}`);
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  let line;
  try {
    line = classifyHtml(file, readFileSync(file, 'utf8'), url);
  } catch (e) {
    line = { file, error: e instanceof Error ? e.message : String(e) };
  }
  if ('error' in line) failed++;
  process.stdout.write(JSON.stringify(line) + '\n');
}
process.exit(failed ? 1 : 0);
