// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.org;

/**
 * A department or agency.
 *
 * @param id       database id
 * @param officeId the office it belongs to
 * @param code     its code, as procedure steps name it (e.g. {@code LDTBXH})
 * @param name     its name
 * @param kind     desk, internal department or external agency
 */
public record DepartmentRef(long id, long officeId, String code, String name, DepartmentKind kind) {
}
