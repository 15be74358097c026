/** The marker `minutebook new` leaves where the secretariat has to write something (FORMAT: placeholders). */
export const PLACEHOLDER = 'TODO';

/**
 * Whether a value is still a placeholder (`TODO: chair's name`, `TBC`, `XXX`): such a value is the
 * last meeting's unfinished business, not a person or a fact to carry into the next meeting.
 */
export const isPlaceholder = (text: string): boolean => new RegExp(`\\b(?:${PLACEHOLDER}|TBC|TBD|XXX+)\\b|\\?{2,}`).test(text);
