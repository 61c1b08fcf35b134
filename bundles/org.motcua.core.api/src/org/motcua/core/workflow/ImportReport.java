// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

/**
 * What an import wrote, and what it found already written.
 *
 * @param actions         the actions written now
 * @param dossiers        the dossiers created now
 * @param alreadyImported the actions of the log that an earlier import had written (left as they are)
 * @param flagged         the actions written now that break a rule of today, recorded with it
 * @param batches         the transactions that wrote them
 */
public record ImportReport(int actions, int dossiers, int alreadyImported, int flagged, int batches) {
}
