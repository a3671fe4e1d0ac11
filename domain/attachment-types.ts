/**
 * What a complaint's attachment may be: a scanned letter or a document (PDF), a photo (JPEG, PNG). The
 * type is read from the content's first bytes (its "magic number"), never from the file's name or the
 * type the browser declares: a file named brief.pdf that is a program is refused.
 */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const SIGNATURES: [AttachmentType, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/** The type `content` is, by its first bytes; undefined for anything else. */
export function sniffAttachmentType(content: Uint8Array): AttachmentType | undefined {
  return SIGNATURES.find(([, magic]) => magic.every((byte, i) => content[i] === byte))?.[0];
}

/** Who gave a file: the complainant on the public form, or staff on the complaint's page. */
export type AttachmentSource = 'complainant' | 'staff';
