// Accessibility and CSP of every template in Kazakh (tests/e2e/a11y-suite.ts).
import { a11ySuite } from './a11y-suite';

a11ySuite({ light: ['kk'], dark: [] });
