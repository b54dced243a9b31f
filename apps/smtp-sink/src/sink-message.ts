/** One message the sink accepted, decoded (subjects and bodies are real UTF-8 text). */
export interface SinkMessage {
  /** Sequential within one running sink, starting at 1; used in page addresses. */
  id: number;
  receivedAt: Date;
  /** The From header as text (display name and address), or the envelope sender without one. */
  from: string;
  /** The envelope recipients (RCPT TO): who the message was actually delivered to, Bcc included. */
  to: string[];
  subject: string;
  text: string;
  /** '' when the message has no HTML part. */
  html: string;
  /** With angle brackets, as in the header: `<outbox-1@vhod.local>`; '' without one. */
  messageId: string;
  /** Decoded header values by lower-case name; repeated headers are joined with ', '. */
  headers: Readonly<Record<string, string>>;
}
