// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.org;

import java.util.Set;

/**
 * A user, without secrets.
 *
 * @param id           database id
 * @param username     login name
 * @param fullName     full name, as printed on forms
 * @param officeId     the office the user works for
 * @param departmentId the department, or {@code null}
 * @param roles        the user's roles
 */
public record UserRef(long id, String username, String fullName, long officeId, Long departmentId, Set<Role> roles) {
}
