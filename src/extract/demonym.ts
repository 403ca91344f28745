/**
 * A nationality adjective as news prose writes it ("Iranian", "Saudi",
 * "Lebanese", "Turkish"): a capitalised word with a demonym ending. A regex
 * source for the patterns that read one before a noun ("the Iranian proxy",
 * "Israeli positions"), so that they agree on what a demonym is. Needs the u flag.
 */
export const DEMONYM = String.raw`\p{Lu}\p{Ll}+(?:i|an|ese|ish)`;

/**
 * The ending of a nationality adjective the entity stage reads beside a name
 * ("Iraqi", "Libyan", "Afghan", "Lebanese", "British", "American", "French"):
 * such a word describes a body, it does not name the state.
 */
export const DEMONYM_SUFFIX = '(?:i|ian|ean|yan|ghan|ese|ish|can|ch)';
export const DEMONYM_ENDING = new RegExp(`${DEMONYM_SUFFIX}$`, 'i');
