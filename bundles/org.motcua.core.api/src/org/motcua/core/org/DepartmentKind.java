// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.org;

/** What a department is, for routing and for the control slip. */
public enum DepartmentKind {
    /** The one-stop desk of an office (bộ phận một cửa). */
    DESK,
    /** A specialist department of the office (phòng chuyên môn). */
    INTERNAL,
    /** An agency outside the office that takes part in a procedure (tax, land registration office). */
    EXTERNAL
}
