/**
 * Default ids: `prefix_` + 32 random hex digits (128 bits, like a UUID without dashes). Every
 * usage event gets one, so random bytes are drawn in blocks and the id is written in one piece
 * (`String.fromCharCode` gives a flat string; appending digit by digit would leave a rope of a
 * dozen string objects in every stored record).
 */
const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const BLOCK = 65_536; // the most `getRandomValues` fills in one call

export function randomIds(): (prefix: string) => string {
  const bytes = new Uint8Array(BLOCK);
  let at = BLOCK;
  const codes: number[] = [];
  return (prefix) => {
    if (at === BLOCK) {
      crypto.getRandomValues(bytes);
      at = 0;
    }
    codes.length = 0;
    for (let i = 0; i < prefix.length; i++) codes.push(prefix.charCodeAt(i));
    codes.push(95); // '_'
    for (const end = at + 16; at < end; at++) codes.push(HEX_CODES[bytes[at]! >> 4]!, HEX_CODES[bytes[at]! & 15]!);
    return String.fromCharCode(...codes);
  };
}
