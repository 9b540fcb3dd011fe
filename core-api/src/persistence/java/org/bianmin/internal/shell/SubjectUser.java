package org.bianmin.internal.shell;

import java.security.Principal;
import java.util.List;
import java.util.Set;
import javax.security.auth.Subject;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * The user a JAAS {@link Subject} stands for: the name of its user principal. A subject carries the
 * user and often the user's roles or groups as principals; the user is the principal whose type is
 * a {@code …UserPrincipal} (JAAS's {@code com.sun.security.auth.UserPrincipal}, Apache Karaf's), or
 * the only principal there is.
 */
final class SubjectUser {
    private SubjectUser() {
    }

    /** The subject's user; refused with {@code SHELL_USER_UNKNOWN} when it names none or several. */
    static String of(Subject subject, String where) {
        Set<Principal> principals = subject.getPrincipals();
        List<String> users = principals.stream().filter(p -> p.getClass().getSimpleName().endsWith("UserPrincipal"))
                .map(Principal::getName).distinct().toList();
        if (users.isEmpty() && principals.size() == 1) {
            users = List.of(principals.iterator().next().getName());
        }
        if (users.size() == 1 && !users.get(0).isBlank()) {
            return users.get(0);
        }
        throw new BianminException(ErrorCode.SHELL_USER_UNKNOWN, where + (users.isEmpty()
                ? " has no user principal among " + principals.size() + " principals"
                : " names several users " + users) + "; the transport must authenticate one user; nothing was done");
    }
}
