/**
 * The content editor at /admin/ (src/lib/editing/admin.ts): served by
 * `astro dev`, written into the built site by `astro build`.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_HTML, adminConfig, bundleFiles, decapDist, editorScript } from '~/lib/editing/admin';

export function editorAdmin(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'editor-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = new URL(base, config.site ?? 'http://localhost/').href;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          const prefix = `${base}admin/`;
          if (!path.startsWith(prefix) && path !== `${base}admin`) return next();
          const name = path.slice(prefix.length);
          if (name === '' || name === 'index.html') {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            return res.end(ADMIN_HTML);
          }
          if (name === 'config.yml') {
            res.setHeader('Content-Type', 'text/yaml; charset=utf-8');
            return res.end(adminConfig(site));
          }
          if (name === 'editor.js') {
            res.setHeader('Content-Type', 'text/javascript');
            return res.end(editorScript());
          }
          if (bundleFiles().includes(name)) {
            res.setHeader('Content-Type', name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript');
            return res.end(readFileSync(join(decapDist(), name)));
          }
          return next();
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'index.html'), ADMIN_HTML);
        writeFileSync(join(out, 'config.yml'), adminConfig(site));
        writeFileSync(join(out, 'editor.js'), editorScript());
        for (const f of bundleFiles()) copyFileSync(join(decapDist(), f), join(out, f));
        logger.info(`content editor written to ${base}admin/`);
      },
    },
  };
}
