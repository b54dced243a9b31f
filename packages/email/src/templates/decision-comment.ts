/**
 * The staff member's comment as it goes into the fixed sentence «…комментарием: <комментарий>.»:
 * trimmed, and without its own final full stop so the sentence does not end in "..".
 */
export function decisionComment(comment: string): string {
  return comment.trim().replace(/\.+$/, '').trimEnd();
}
