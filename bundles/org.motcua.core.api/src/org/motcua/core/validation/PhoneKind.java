// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

/** Kind of a Vietnamese telephone number. */
public enum PhoneKind {
    /** A 10-digit mobile number {@code 0XXXXXXXXX} with a mobile network prefix. */
    MOBILE,
    /** A fixed line: {@code 02} + area code + subscriber number, 10 or 11 digits. */
    LANDLINE
}
