// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.org;

import java.util.Set;

/**
 * A user account as the administration screen lists it (no secrets).
 *
 * @param id           database id
 * @param username     login name
 * @param fullName     full name
 * @param officeId     the office the user works for
 * @param departmentId the department, or {@code null}
 * @param roles        the roles
 * @param active       whether the user may sign in
 * @param lockedUntil  until when sign-in is refused after repeated failures ({@code null}: not locked)
 * @param passwordChangeRequired whether the user must change the password at the next sign-in
 */
public record UserAccount(long id, String username, String fullName, long officeId, Long departmentId, Set<Role> roles,
        boolean active, java.time.LocalDateTime lockedUntil, boolean passwordChangeRequired) {

    /** @return whether {@code other} shows the same account as an administrator edits it (sign-in state aside) */
    public boolean sameAdministration(UserAccount other) {
        return other != null && id == other.id && username.equals(other.username) && fullName.equals(other.fullName)
                && officeId == other.officeId && java.util.Objects.equals(departmentId, other.departmentId)
                && roles.equals(other.roles) && active == other.active;
    }
}
