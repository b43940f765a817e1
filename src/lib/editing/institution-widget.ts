/**
 * The professor form's home institution (/admin/): chosen from the institutions
 * of the professor's country (or of every country), or added right there when it
 * is not on the site yet, without leaving the half-filled professor.
 *
 * A new institution is its own file, content/institutions/<id>.yaml. Decap saves
 * the files attached to an entry together with it: on GitHub in the same pull
 * request, locally in the same save. So the new file is attached to the
 * professor as one of those files (the field's `media_folder` is the institutions
 * folder), and the professor refers to it by its id. Nothing is written before
 * the professor is saved, and the institution never waits on a save of its own.
 *
 * Choosing from the list is Decap's own relation widget, given a filter on the
 * country. Drawn with the React that Decap puts on the page (`h`, `createClass`).
 */
import { readFile } from './form-data';
import { attached, countryOptions, entryCountry, folderOf, type DecapWindow, type Imm, type WidgetProps as Props } from './widget-props';
import { OPTIONAL_RU } from './labels-ru';
import { BOX, BUTTON, ERRORS, HINT, LABEL, LEGEND, LINK } from './institution-widget-style';
import {
  DETAIL_BOXES,
  EMPTY_DETAILS,
  detailProblems,
  detailsOf,
  institutionFile,
  institutionId,
  type DetailBox,
  type InstitutionDetails,
} from './new-institution';

interface State {
  editing: boolean;
  allCountries: boolean;
  country: string;
  details: InstitutionDetails;
  errors: string[];
  busy: boolean;
  /** The names of the institutions added in this form, by id. */
  names: Record<string, string>;
}

/** The widget as its methods see it (`this`). */
interface Component {
  props: Props;
  state: State;
  setState(s: Partial<State>): void;
  timer?: ReturnType<typeof setInterval>;
  root?: HTMLElement;
  refocus?: boolean;
  syncCountry(focused: boolean): void;
  startNew(): void;
  add(): Promise<void>;
  input(box: DetailBox): unknown;
}

export function registerInstitutionWidget(win: DecapWindow): void {
  const { h, createClass, CMS } = win;
  const Relation = CMS.getWidget('relation')!.control;

  const Control = createClass({
    getInitialState(this: Component): State {
      return {
        editing: false,
        allCountries: false,
        country: entryCountry(this.props),
        details: EMPTY_DETAILS,
        errors: [],
        busy: false,
        names: {},
      };
    },

    /**
     * The country box is another field of the form: follow it, so the list shows its institutions.
     * The list is drawn again for a new country; when that happens as the list gets the focus, the
     * new list gets it back, so nothing typed is lost.
     */
    syncCountry(this: Component, focused: boolean) {
      const country = entryCountry(this.props);
      if (country === this.state.country) return;
      this.refocus = focused;
      this.setState({ country });
    },

    componentDidUpdate(this: Component) {
      if (!this.refocus) return;
      this.refocus = false;
      document.getElementById(this.props.forID)?.focus();
    },

    componentDidMount(this: Component) {
      this.timer = setInterval(() => {
        if (!this.root?.contains(document.activeElement)) this.syncCountry(false);
      }, 200);
      // A form opened again (or restored by Decap) with a new institution attached: show its details.
      const mine = attached(this.props).find((a) => a.id === this.props.value);
      if (mine) void mine.file.text().then((text) => this.setState({ details: detailsOf(readFile(text, false)) }));
    },

    componentWillUnmount(this: Component) {
      clearInterval(this.timer);
    },

    startNew(this: Component) {
      const details = this.state.details.nameEn ? this.state.details : { ...EMPTY_DETAILS, country: this.state.country };
      this.setState({ editing: true, details, errors: [] });
    },

    async add(this: Component) {
      const { props } = this;
      const details = this.state.details;
      const id = institutionId(details);
      const existing = new Set<string>();
      // Already on the site (a file of that name in the repository): choose it instead.
      if (id && !attached(props).some((a) => a.id === id))
        // A missing file is an error on GitHub and an empty entry in local mode.
        await props.loadEntry('institutions', id).then(
          (entry) => {
            const raw = (entry as { raw?: unknown } | undefined)?.raw;
            if (typeof raw === 'string' && raw.trim()) existing.add(id);
          },
          () => undefined,
        );
      const errors = detailProblems(details, existing);
      if (errors.length > 0) {
        this.setState({ errors });
        return;
      }
      this.setState({ busy: true, errors: [] });
      const file = institutionFile(details, folderOf(props.field));
      // Decap asks before replacing an attached file of the same name; here the replacement is the point.
      const confirm = window.confirm;
      window.confirm = () => true;
      let saving: Promise<unknown>;
      try {
        saving = props.onPersistMedia(new File([file.text], `${file.id}.yaml`, { type: 'text/yaml' }), { field: props.field });
      } finally {
        window.confirm = confirm;
      }
      await saving;
      props.onChange(file.id);
      this.setState({
        editing: false,
        busy: false,
        names: { ...this.state.names, [file.id]: details.nameRu.trim() || details.nameEn.trim() },
      });
    },

    input(this: Component, box: DetailBox) {
      const { key, required, hint } = box;
      const id = `${this.props.forID}-${key}`;
      const set = (e: { target: { value: string } }) => this.setState({ details: { ...this.state.details, [key]: e.target.value } });
      const common = {
        id,
        value: this.state.details[key],
        onChange: set,
        className: this.props.classNameWrapper,
        required,
        'aria-required': required,
        ...(hint ? { 'aria-describedby': `${id}-hint` } : {}),
      };
      const control =
        key === 'country'
          ? h(
              'select',
              common,
              h('option', { value: '' }, '—'),
              ...countryOptions(this.props).map((o) => h('option', { key: o.value, value: o.value }, o.label)),
            )
          : h('input', { ...common, type: key === 'website' || key === 'source' ? 'url' : 'text' });
      return h(
        'div',
        { key, style: { marginBottom: '12px' } },
        h('label', { htmlFor: id, style: LABEL }, box.label + (box.required ? '' : ` (${OPTIONAL_RU})`)),
        control,
        hint ? h('p', { id: `${id}-hint`, style: HINT }, hint) : null,
      );
    },

    render(this: Component) {
      const { props, state } = this;
      const news = attached(props);
      const mine = news.find((a) => a.id === props.value);

      if (state.editing)
        return h(
          'fieldset',
          { style: BOX },
          h('legend', { style: LEGEND }, 'Новая организация / New institution'),
          ...DETAIL_BOXES.map((b) => this.input(b)),
          state.errors.length > 0 ? h('ul', { role: 'alert', style: ERRORS }, ...state.errors.map((e) => h('li', { key: e }, e))) : null,
          h(
            'div',
            null,
            h(
              'button',
              { type: 'button', style: BUTTON, disabled: state.busy, onClick: () => void this.add() },
              mine ? 'Сохранить изменения' : 'Добавить организацию',
            ),
            h('button', { type: 'button', style: LINK, onClick: () => this.setState({ editing: false, errors: [] }) }, 'Отмена'),
          ),
        );

      if (mine) {
        const d = state.details;
        // The country's Russian name from its label in the list ("Bulgaria · Болгария (bg)").
        const label = countryOptions(props)
          .find((o) => o.value === d.country)
          ?.label.replace(/\s*\([a-z]{2}\)$/, '')
          .split(' · ');
        const where = [d.cityRu || d.cityEn, label?.[1] ?? label?.[0] ?? d.country].filter(Boolean).join(', ');
        return h(
          'div',
          { style: BOX, role: 'status' },
          h(
            'p',
            { style: { margin: '0 0 8px' } },
            'Новая организация: ',
            h('strong', null, d.nameRu || d.nameEn || mine.id),
            where ? ` (${where})` : '',
          ),
          h('p', { style: HINT }, 'Она будет сохранена вместе с записью о профессоре.'),
          h('button', { type: 'button', style: BUTTON, onClick: () => this.startNew() }, 'Изменить'),
          h('button', { type: 'button', style: LINK, onClick: () => props.onChange(undefined) }, 'Выбрать другую из списка'),
        );
      }

      const country = state.allCountries ? '' : state.country;
      const searchFields = props.field.get('search_fields') as Imm;
      const field = country ? props.field.set('filters', searchFields.clear().push({ field: 'country', values: [country] })) : props.field;
      const leftOver = news.filter((a) => a.id !== props.value);
      return h(
        'div',
        { ref: (el: HTMLElement | null) => (this.root = el ?? undefined), onFocusCapture: () => this.syncCountry(true) },
        // A new list when the country changes: Decap's list loads its choices once.
        h(Relation as string, { ...props, field, key: `relation-${country}` }),
        state.country
          ? h(
              'label',
              { style: { ...HINT, display: 'block', marginTop: '8px' } },
              h('input', {
                type: 'checkbox',
                checked: state.allCountries,
                onChange: () => this.setState({ allCountries: !state.allCountries }),
              }),
              ' Показать организации всех стран',
            )
          : null,
        h(
          'p',
          { style: { ...HINT, marginTop: '8px' } },
          'Нет в списке? ',
          h('button', { type: 'button', style: BUTTON, onClick: () => this.startNew() }, 'Добавить новую организацию'),
        ),
        ...leftOver.map((a) =>
          h(
            'p',
            { key: a.id, style: HINT },
            `Ранее добавленная организация «${state.names[a.id] ?? a.id}» сохранится вместе с записью, но на сайте появится, только если выбрать её в этом поле. `,
            h('button', { type: 'button', style: LINK, onClick: () => props.onChange(a.id) }, 'Выбрать её'),
          ),
        ),
      );
    },
  });
  CMS.registerWidget('institution', Control);
}
