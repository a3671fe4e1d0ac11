/**
 * The key the stored histories of encrypted generations were recorded with. A test fixture, public on
 * purpose: it encrypts only the made-up complaints of the scenarios, never a real one.
 */
export const HISTORY_ENCRYPTION_KEYS = 'histories:1zF4kQmc/7CsuzXTQ61193Ciiu0xNHZBunRCLdlrkzg=';
