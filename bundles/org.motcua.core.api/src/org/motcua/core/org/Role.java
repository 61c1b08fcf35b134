// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.org;

/** What a user may do; a user has one or more roles, scoped to an office and its departments. */
public enum Role {
    /** Công chức một cửa: receives, hands over, returns results, answers inter-level dossiers. */
    DESK_OFFICER,
    /** Nhân viên bưu điện tại bộ phận một cửa: receives and returns by the postal channel. */
    POSTAL_DESK,
    /** Chuyên viên: processes the dossiers held by their department. */
    SPECIALIST,
    /** Trưởng phòng: a specialist who may also apologise and re-appoint, and stop a dossier. */
    DEPARTMENT_HEAD,
    /** Lãnh đạo: reads dashboards and reports; signs apologies and stop notices. */
    LEADER,
    /** Quản trị viên: offices, calendars, users, procedure modules; no dossier actions. */
    ADMINISTRATOR,
    /**
     * Người vận hành sao lưu: makes and restores backups, which hold every citizen's data; kept apart
     * from the administrator, and no dossier actions.
     */
    BACKUP_OPERATOR;

    /**
     * @return whether this is a desk role (công chức một cửa, nhân viên bưu điện): the roles that work at a one-stop
     *         desk department, and the only ones the desk stage of a dossier (reception, hand-over, return of the
     *         result, ...) accepts (package version 1.1)
     */
    public boolean isDesk() {
        return this == DESK_OFFICER || this == POSTAL_DESK;
    }
}
