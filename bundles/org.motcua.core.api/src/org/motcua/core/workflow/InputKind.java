// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

/** The kind of an input an action needs ({@link ActionInput}), so that a form can draw a widget for it. */
public enum InputKind {
    /** One line of text. */
    TEXT,
    /** Several lines of free text (a reason). */
    LONG_TEXT,
    /** A list of items, one a line (the papers of a supplement request). */
    LINES,
    /**
     * The papers of a supplement request: the core offers the procedure version's document list as choices (value:
     * the paper as a line, {@code name|KIND}, with the kind the list requires); the value is one paper a line, as {@link SupplementItem#parse} reads it (the name, then
     * optionally {@code |KIND} and, for a paper not on the list, {@code |reason}).
     */
    PAPERS,
    /** A date, ISO {@code yyyy-MM-dd}. */
    DATE,
    /** A date and time, ISO {@code yyyy-MM-ddTHH:mm}. */
    DATE_TIME,
    /** One of the departments the core offers ({@link ActionInput#choices()}); the value is the department's id. */
    DEPARTMENT,
    /** One of the procedures the core offers; the value is the procedure's code. */
    PROCEDURE
}
