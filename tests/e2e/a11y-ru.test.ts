// Accessibility and CSP of every template in Russian (light and dark) (tests/e2e/a11y-suite.ts).
import { a11ySuite } from './a11y-suite';

a11ySuite({ light: ['ru'], dark: ['ru'] });
