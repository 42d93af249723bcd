// Korean particles picked by the word before them ("매칭을", "좋아요를"), so messages built from a
// label read naturally instead of showing "을(를)".

/** True when the last character is a Hangul syllable with a final consonant (받침); digits count by their reading. */
function hasFinalConsonant(word: string): boolean {
  const last = word.trim().at(-1);
  if (!last) return false;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  // 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in a consonant
  if (/[013678]/.test(last)) return true;
  return false;
}

/** `word` + 을/를 */
export const eulReul = (word: string) => `${word}${hasFinalConsonant(word) ? "을" : "를"}`;
/** `word` + 은/는 */
export const eunNeun = (word: string) => `${word}${hasFinalConsonant(word) ? "은" : "는"}`;
/** `word` + 이/가 */
export const iGa = (word: string) => `${word}${hasFinalConsonant(word) ? "이" : "가"}`;
