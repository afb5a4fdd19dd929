/** A key pressed with no modifier held, for tests of the renderer's key maps; a test adds the modifiers it means. */
export const NO_MODIFIERS = { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false } as const;
