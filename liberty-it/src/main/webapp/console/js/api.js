// Calls to the REST API with the user's console session: the console's own header (no browser
// password dialog on 401), the session's CSRF token on every change, errors as the API's own
// code and message; a 401 sends the user to the login page.
import {t, has} from './i18n.js';

let csrfToken = null;

/** An error answer of the API: its status, its stable code and its message. */
export class ApiError extends Error {
  constructor(status, code, message, role) {
    super(message);
    this.status = status;
    this.code = code;
    this.role = role;
  }
}

/** Remembers the session's CSRF token (from GET /api/session). */
export function useCsrfToken(token) {
  csrfToken = token;
}

/**
 * Calls the API. options: body (a string is sent as JSON, a Blob or FormData as is), contentType,
 * accept, role (the role the action needs, named when the API answers 403), anonymous (a 401 is an
 * error, not a reason to log in: the public page).
 */
export async function call(method, path, options = {}) {
  const headers = {'X-Requested-With': 'bianmin-console', Accept: options.accept ?? 'application/json'};
  let body = options.body;
  if (typeof body === 'string') headers['Content-Type'] = 'application/json';
  else if (options.contentType) headers['Content-Type'] = options.contentType;
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(path, {method, headers, body, credentials: 'same-origin'});
  if (response.status === 401 && !options.anonymous) {
    location.assign('/console/login.html?expired');
    throw new ApiError(401, 'NOT_AUTHENTICATED', t('error.signIn'));
  }
  if (!response.ok) {
    let code = 'HTTP_' + response.status;
    let message = response.statusText;
    try {
      const error = await response.json();
      code = error.code ?? code;
      message = error.message ?? message;
    } catch (notJson) {
      // the body was not the API's JSON error: keep the status
    }
    throw new ApiError(response.status, code, message, options.role);
  }
  return response;
}

/** GET and parse JSON. */
export async function getJson(path, options = {}) {
  return (await call('GET', path, options)).json();
}

/** What to show a person for an error: the API's message, with the role a 403 needs. */
export function describe(error) {
  if (!(error instanceof ApiError)) return t('error.network', {message: error.message});
  const title = has('code.' + error.code) ? t('code.' + error.code) : t('error.status', {status: error.status});
  if (error.status === 403 && error.code === 'NOT_PERMITTED' && error.role) {
    return title + ' ' + t('error.needsRole', {role: t('role.' + error.role)}) + ' (' + error.message + ')';
  }
  return title + ': ' + error.message;
}
