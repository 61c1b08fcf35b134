// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.security.Principal;

/**
 * The 1 July 2025 reorganisation (issue 17.3): the table of old and new administrative units, the successor of each
 * abolished office, and the hand-over of the open dossiers of abolished offices to their successors. Every change
 * is checked and audited by the core; the hand-over of each dossier is the workflow action {@code HAND_TO_SUCCESSOR}
 * (its own transaction, audit record and control-slip row). Offered by the in-process engine to the command line
 * and the administration screen of a workstation with its own database ({@link CoreEngine#transitions()}).
 */
public interface Transitions {

    /** The header of the administrative-unit import file (CSV, UTF-8, one old unit a line; docs/cli.md). */
    String UNITS_HEADER = "level,old_parent,old_code,old_name,new_code,new_name,valid_from,legal_basis,code_verified";

    /**
     * One old administrative unit and what it became.
     *
     * @param level        its level
     * @param oldParent    the unit it belonged to ({@code -} for a province)
     * @param oldCode      its official code, {@code null} where not verified here
     * @param newCode      the successor's official code, {@code null} where not verified here or abolished
     * @param newName      the successor, {@code null} where the unit was abolished without one successor (a district)
     * @param codeVerified whether the codes were checked against the official tables
     * @param source       {@code SHIPPED} (Đồng Tháp, with MotCua) or {@code IMPORT}
     */
    record AdminUnit(OfficeLevel level, String oldParent, String oldCode, String oldName, String newCode, String newName,
            LocalDate validFrom, String legalBasis, boolean codeVerified, String source) {

        /** @return the unit as the reports show it: its name, and its successor's from the date it is valid */
        public String display(LocalDate on) {
            return newName == null || on.isBefore(validFrom) || newName.equals(oldName) && newCode == null ? oldName
                    : oldName + " → " + newName;
        }
    }

    /** An import of the unit table: rows written, rows already there. */
    record UnitImport(int added, int existing) {
    }

    /** An abolished office and its successor. */
    record Successor(String officeCode, String officeName, String successorCode, String successorName,
            LocalDate legalDate, String legalBasis) {
    }

    /**
     * One open dossier of an abolished office, as the hand-over would move it (the plan) or moved it.
     *
     * @param refusal why it cannot be handed over now (the core's message), {@code null} when it can
     */
    record PlanRow(long dossierId, String code, DossierStatus status, String fromOffice, String toOffice,
            String fromHolder, String toHolder, String refusal) {
    }

    /** The result of a hand-over: the dossiers moved, and those left as they were with the reason. */
    record Result(List<PlanRow> handedOver, List<PlanRow> refused) {
    }

    /** @return the table of old and new units, by level, old parent and old name */
    List<AdminUnit> units();

    /** @return the old unit named {@code name} (case and accents as written, any level), if the table has it */
    Optional<AdminUnit> unit(String name);

    /**
     * Adds the units of {@code csv} ({@link #UNITS_HEADER}): every line is checked first and every bad line named;
     * nothing is written unless all are good. A unit already in the table is left as it is, so importing a file
     * again adds nothing. Administrators of a top office only.
     */
    UnitImport importUnits(Principal admin, String csv);

    /** @return the successor offices recorded */
    List<Successor> successors(Principal reader);

    /**
     * Records that {@code officeCode} is abolished on {@code legalDate} under {@code legalBasis} and
     * {@code successorCode} takes over its dossiers (replaces an earlier record of the same office). Administrators
     * of a top office only; audited.
     */
    void recordSuccessor(Principal admin, String officeCode, String successorCode, LocalDate legalDate,
            String legalBasis);

    /** @return what {@link #apply} would do now, rehearsed with the same action and rolled back */
    List<PlanRow> plan(Principal admin);

    /**
     * Hands every open dossier of an office abolished on or before today to its successor, one action each; a
     * dossier that cannot move now (an inter-level transfer pending) is left and reported. Running it again finds
     * nothing more to move.
     */
    Result apply(Principal admin);
}
