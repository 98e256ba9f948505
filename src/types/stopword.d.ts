// The stopword package ships no types; we use only its per-language word lists.
declare module 'stopword' {
  export const eng: readonly string[];
}
