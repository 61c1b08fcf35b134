// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

/** Sex as encoded in the fourth digit of a CCCD / personal identification number. */
public enum Sex {
    /** Even century/sex digit (nam). */
    MALE,
    /** Odd century/sex digit (nữ). */
    FEMALE
}
