/** How a complaint reached the organisation. Oral ones follow R7/R8, written ones R9/R10. */
export const ORAL_CHANNELS = ['phone', 'in_person'] as const;
export const WRITTEN_CHANNELS = ['letter', 'email', 'web'] as const;
export const CHANNELS = [...ORAL_CHANNELS, ...WRITTEN_CHANNELS] as const;

export type OralChannel = (typeof ORAL_CHANNELS)[number];
export type WrittenChannel = (typeof WRITTEN_CHANNELS)[number];
export type Channel = (typeof CHANNELS)[number];
export type ComplaintKind = 'oral' | 'written';

export function kindOf(channel: Channel): ComplaintKind {
  return (ORAL_CHANNELS as readonly string[]).includes(channel) ? 'oral' : 'written';
}

/** How the official reply or a written confirmation reaches the complainant. */
export const REPLY_CHANNELS = ['email', 'letter', 'elsewhere'] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
