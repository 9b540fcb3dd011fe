/**
 * The web console's server side (网上控制台): one authentication mechanism for the whole application
 * that takes HTTP Basic from programmatic callers and a session from people signed in through the
 * console's login form, both checked against the server's user registry; the CSRF guard on
 * session-authenticated changes; the security headers of every answer; and what the console asks
 * about its user. The console itself is static ES modules under {@code /console}, calling the REST
 * API with the user's session.
 */
package org.bianmin.rest.console;
