/**
 * Astro integration that validates the content folder before anything else
 * runs. `astro build` stops with every problem listed, so invalid content can
 * never reach `dist/`; `astro dev` prints the problems and keeps serving.
 */
import type { AstroIntegration } from 'astro';
import { contentDir } from '~/lib/settings';
import { formatNotice, formatProblem, formatWarning, validateContent } from '~/lib/validation/index';

export function contentValidation(): AstroIntegration {
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const dir = contentDir();
        const started = performance.now();
        const { problems, warnings, notices, counts } = validateContent(dir);
        if (notices.length) logger.info(notices.map(formatNotice).join('\n'));
        if (warnings.length) logger.warn(warnings.map(formatWarning).join('\n'));
        if (problems.length === 0) {
          logger.info(
            `content valid: ${counts.professors} professors, ${counts.projects} projects (${dir}) in ${Math.round(performance.now() - started)} ms`,
          );
          return;
        }
        const report = problems.map(formatProblem).join('\n');
        const summary = `${problems.length} content problem${problems.length === 1 ? '' : 's'}; fix them (npm run validate lists them again)`;
        if (command === 'build') {
          throw new Error(`The content is not valid, so the site was not built.\n${report}\n${summary}`);
        }
        logger.warn(`${report}\n${summary}`);
      },
    },
  };
}
