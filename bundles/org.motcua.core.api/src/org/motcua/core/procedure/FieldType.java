// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

/** The kind of a procedure's extra form field: decides how a value is checked, stored and entered. */
public enum FieldType {
    /** Free text (a rule may give a pattern). */
    TEXT,
    /** A decimal number, {@code ,} or {@code .} as the decimal mark (a rule may give a range). */
    NUMBER,
    /** An amount in đồng, whole, digit grouping allowed (a rule may give a range). */
    MONEY,
    /** A date, {@code dd/MM/yyyy} (or ISO); a rule may forbid a day after the receipt. */
    DATE,
    /** One of the field's options (stored by its code). */
    CHOICE,
    /** A citizen identity number: CCCD (12 digits) or an old CMND (9 digits). */
    CITIZEN_ID,
    /**
     * Parts written with a separator, each a generic field (see {@link FieldComposite}), e.g. a land
     * parcel {@code sheet/parcel}.
     */
    COMPOSITE
}
