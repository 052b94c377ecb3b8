/**
 * Default ids: `prefix_` + 32 random hex digits (128 bits, like a UUID without dashes). Every
 * usage event gets one, so random bytes are drawn in blocks and the id is written in one piece
 * (`String.fromCharCode` gives a flat string; appending digit by digit would leave a rope of a
 * dozen string objects in every stored record).
 */
const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const BLOCK = 65_536; // the most `getRandomValues` fills in one call
const DIGITS = 32;

export function randomIds(): (prefix: string) => string {
  const bytes = new Uint8Array(BLOCK);
  let at = BLOCK;
  // Per prefix, the character codes of an id, rewritten in place for each new one. Emptying and
  // refilling one list instead made the runtime reallocate its storage twice per id.
  const templates = new Map<string, number[]>();
  return (prefix) => {
    if (at === BLOCK) {
      crypto.getRandomValues(bytes);
      at = 0;
    }
    let codes = templates.get(prefix);
    if (!codes) {
      codes = [];
      for (let i = 0; i < prefix.length; i++) codes.push(prefix.charCodeAt(i));
      codes.push(95); // '_'
      for (let i = 0; i < DIGITS; i++) codes.push(48);
      templates.set(prefix, codes);
    }
    for (let i = codes.length - DIGITS; i < codes.length; i += 2, at++) {
      codes[i] = HEX_CODES[bytes[at]! >> 4]!;
      codes[i + 1] = HEX_CODES[bytes[at]! & 15]!;
    }
    return String.fromCharCode(...codes);
  };
}
