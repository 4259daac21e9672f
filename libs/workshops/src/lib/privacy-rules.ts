/**
 * The smallest number of respondents any published figure may cover, and the smallest number of respondents
 * any change to a published figure may cover (k-anonymity against subtraction, k = 3).
 */
export const MIN_GROUP_SIZE = 3;

/** How many of the largest gaps become discussion prompts. */
export const DISCUSSION_PROMPT_COUNT = 5;
