// The browser preview's proof that a call comes from its own page: index.html carries the token in
// a meta tag, and the page sends it back in a header a page on another origin cannot set without
// a CORS preflight (which the server never grants). Shared so server and renderer use one name.

/** Request header carrying the token on every state-changing call and upload. */
export const TOKEN_HEADER = 'x-ipdesk-token'
/** `<meta name=...>` of index.html that holds the token. */
export const TOKEN_META = 'ipdesk-token'
