// What the screens share while the page lives: the person signed in (with the CSRF token every
// change sends), and where they were in the register.
export const state = { me: null, register: null };
