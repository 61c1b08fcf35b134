// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

/**
 * The reconciliation of one office's dossiers imported from an old system (by the office that received them).
 *
 * @param officeCode    the office
 * @param officeName    its name
 * @param leftOpen      dossiers the old system left open (open after the last imported action)
 * @param imported      dossiers imported
 * @param closed        of those, closed as legacy dossiers with a reason
 * @param stillOpen     of those, still open in MotCua now
 */
public record LegacyCount(String officeCode, String officeName, long leftOpen, long imported, long closed,
        long stillOpen) {
}
