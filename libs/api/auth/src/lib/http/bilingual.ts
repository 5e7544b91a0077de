/** Error bodies carry the Chinese message (shown by default) and its English twin. */
export interface BilingualMessage {
  message: string;
  messageEn: string;
}

export function bilingual(message: string, messageEn: string): BilingualMessage {
  return { message, messageEn };
}
