/**
 * What "Since you last looked" is worked out from. Every snapshot asks for the view, and working it
 * out walks the baseline and the list (2,000 items each after a big sync, several ms each time),
 * so the view is kept while its inputs stay the same: the same baseline and list (the objects,
 * which are replaced whenever they change), the same changes of the app's own waiting, and the same
 * items added here from a suggestion.
 */
import type { ItemView } from '../../shared/action-item';
import { sameFields, sameList } from '../../shared/same-values';
import type { LookBaseline, OwnChange } from './look-baseline';
import type { AddedHere } from './possible-copies';

export interface ViewInputs {
  baseline: LookBaseline;
  items: readonly ItemView[];
  own: readonly OwnChange[];
  addedHere: readonly AddedHere[];
}

export function sameViewInputs(a: ViewInputs, b: ViewInputs): boolean {
  return (
    a.baseline === b.baseline &&
    a.items === b.items &&
    sameList(a.own, b.own, sameFields) &&
    sameList(a.addedHere, b.addedHere, (x, y) => x.id === y.id && x.description === y.description)
  );
}
