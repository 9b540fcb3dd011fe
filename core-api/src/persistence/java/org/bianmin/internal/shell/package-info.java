/**
 * Who the Gogo shell's commands act as — the <em>shell user</em> — shared by every implementation
 * bundle at build time: {@link org.bianmin.internal.shell.ShellUser} resolves the acting
 * {@link org.bianmin.core.Actor} from the session (the JAAS subject of an authenticating transport)
 * or from the console mapping of configuration {@code org.bianmin.shell}
 * ({@link org.bianmin.internal.shell.ShellUserConfig}), and refuses with {@code SHELL_USER_UNKNOWN}
 * otherwise, so that no command takes the acting person as a typed argument and dual control means
 * the same in the shell as through REST (docs/requirements.md, safe-by-default).
 *
 * <p>Like {@code org.bianmin.internal.persistence}, it is compiled into core-api's
 * {@code persistence} jar and never exported; bnd's {@code -conditionalpackage} copies it into each
 * bundle that uses it as a private package, which then imports {@code org.apache.felix.service.command}
 * (optionally) and {@code javax.security.auth}.
 */
package org.bianmin.internal.shell;
