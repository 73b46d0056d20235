/**
 * `npm run build`: the npm package (ES modules + declarations in dist/, from
 * tsc) and the CDN folder (dist/cdn/, from Vite), plus the embed page.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['vite', 'build', '--config', 'vite.cdn.config.ts', '--logLevel', 'warn']);
copyFileSync('src/embed/embed.html', 'dist/cdn/embed.html');
copyFileSync('src/embed/embed.css', 'dist/cdn/embed.css');
console.log('built dist/ (npm modules) and dist/cdn/ (one-file embed)');
