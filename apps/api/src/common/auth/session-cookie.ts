export const SESSION_COOKIE = 'ipgn_session';
export const CSRF_COOKIE = 'ipgn_csrf';
