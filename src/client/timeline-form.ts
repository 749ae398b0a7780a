/**
 * Reads the filter form into the view state and writes the view state into it.
 */
import type { EventType } from '../lib/schema.ts';
import type { ViewState } from '../lib/timeline/view-state.ts';

/** A text field's value; '' when absent (a file input is never one of these). */
const text = (value: FormDataEntryValue | null): string => (typeof value === 'string' ? value : '');

/** The view state with the form's filters. */
export function readFilters(form: HTMLFormElement, state: ViewState): ViewState {
  const fd = new FormData(form);
  return {
    ...state,
    types: fd.getAll('type').map(String) as EventType[],
    actor: text(fd.get('actor')) || null,
    pair: text(fd.get('pair')) || null,
    q: text(fd.get('q')).trim(),
    lanes: (text(fd.get('lanes')) || null) as ViewState['lanes'],
  };
}

/** Sets the form's controls from the view state. */
export function writeFilters(form: HTMLFormElement, state: ViewState): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="type"]'))
    box.checked = state.types.includes(box.value as EventType);
  const set = (name: string, value: string) => {
    const control = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (control) control.value = value;
  };
  set('actor', state.actor ?? '');
  set('pair', state.pair ?? '');
  set('q', state.q);
  set('lanes', state.lanes ?? '');
}
