// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

/**
 * One paper of the checklist at reception.
 *
 * @param name     the paper's name
 * @param original whether it is an original (otherwise a copy)
 * @param count    how many
 * @param received whether the applicant handed it in
 */
public record DocumentItem(String name, boolean original, int count, boolean received) {
}
