// Accessibility and CSP of every template in English; the theme check, root pages and keyboard (tests/e2e/a11y-suite.ts).
import { a11ySuite } from './a11y-suite';

a11ySuite({ light: ['en'], dark: [], extras: true });
