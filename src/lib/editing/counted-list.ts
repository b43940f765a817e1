/**
 * Decap's list heading reads "N <label>" with the English rule for plurals, so
 * a Russian form would say «2 визиты». The site's list widget is Decap's own,
 * given the label for the count ("2 визита", "5 визитов") from the field's
 * `label_counts` (decap.ts). Everything else, validation included, is the
 * inner list's: Decap reaches it through `getWrappedInstance`.
 */
import { countLabel, type CountLabels } from './labels-ru';
import type { DecapWindow, Imm } from './widget-props';

interface Wrapper {
  props: { field: Imm; value?: { size: number } };
  inner?: unknown;
}

export function registerCountedList(win: DecapWindow): void {
  const { h, createClass, CMS } = win;
  const list = CMS.getWidget('list')!;
  const Counted = createClass({
    getWrappedInstance(this: Wrapper) {
      return this.inner;
    },
    render(this: Wrapper) {
      const { field, value } = this.props;
      const labels = field.get('label_counts') as Imm | undefined;
      const n = value?.size ?? 0;
      const counted = labels ? field.set('label', countLabel(labels.toJS() as CountLabels, n)) : field;
      return h(list.control, { ...this.props, field: counted, ref: (r: unknown) => (this.inner = r ?? undefined) });
    },
  });
  CMS.registerWidget('list', Counted, list.preview, list.schema);
}
