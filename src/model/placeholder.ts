/** The marker `minutebook new` leaves where the secretariat has to write something (FORMAT: placeholders). */
export const PLACEHOLDER = 'TODO';
