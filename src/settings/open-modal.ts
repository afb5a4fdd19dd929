/**
 * A Svelte attachment for a `<dialog>` over the popover: shown modal while it is in the page, and
 * focus goes back where it came from (the button that opened it) when it leaves.
 */
export function openModal(dialog: HTMLDialogElement): () => void {
  const before = document.activeElement;
  dialog.showModal();
  return () => {
    dialog.close();
    if (before instanceof HTMLElement && before.isConnected) before.focus();
  };
}
