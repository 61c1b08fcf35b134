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
 */
public record UserAccount(long id, String username, String fullName, long officeId, Long departmentId, Set<Role> roles,
        boolean active) {
}
