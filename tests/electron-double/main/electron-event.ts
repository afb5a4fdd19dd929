/** The event object Electron hands listeners: preventDefault, and whether a listener called it. */
export function electronEvent() {
  let prevented = false;
  return {
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}
