// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

/**
 * What an import wrote.
 *
 * @param actions  the actions replayed
 * @param dossiers the dossiers the log received
 */
public record ImportResult(int actions, int dossiers) {
}
