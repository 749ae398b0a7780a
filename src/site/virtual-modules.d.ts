declare module 'virtual:social-cards' {
  /** The folder the social-card renderer caches its cards in (set by the social-cards integration). */
  export const cacheDir: string;
}
