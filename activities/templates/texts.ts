/** The shape every language's texts share (R5: clear, polite, and saying what happens next and when). */
export interface Letter {
  subject: string;
  body: string;
}

export interface LetterContext {
  organisation: string;
  reference: string;
  name: string;
  complaintSubject: string;
  /** The date of receipt, written out for the reader. */
  receivedOn: string;
}

export interface ComplainantTexts {
  /** R3/R10; `way` absent: the standard text of the automatic acknowledgement. */
  acknowledgement(c: LetterContext, a: { way?: string; expectedBy: string }): Letter;
  /** R4/R10: a promise changed; the complainant hears the new date and why. */
  newDate(
    c: LetterContext,
    a: { way?: string; expectedBy: string; previousExpectedBy: string; later: boolean },
  ): Letter;
  /** R8 */
  writtenConfirmation(c: LetterContext, a: { answer: string; answeredOn: string }): Letter;
  /** R4: the promised date was missed. */
  progress(c: LetterContext, a: { expectedBy: string }): Letter;
  /** R9 */
  reply(c: LetterContext, a: { text: string }): Letter;
}
