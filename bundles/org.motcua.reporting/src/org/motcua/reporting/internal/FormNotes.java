// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.internal;

import java.util.List;

import org.motcua.core.config.FormSet;
import org.motcua.core.workflow.Note;

/**
 * The notes of the official forms, rendered in Vietnamese from the core's one message catalogue: a design reads
 * the stored columns (key, arguments, the text of an older row) with SQL and calls this object, which the report
 * service puts in the application context under {@link #APP_CONTEXT_KEY}, from a bound column's expression, e.g.
 * {@code reportContext.getAppContext().get("MotCuaNotes").note(dataSetRow["NOTE_KEY"], dataSetRow["NOTE_ARGS"],
 * dataSetRow["NOTE"])}. No note text is repeated in SQL. It also gives each form its number and title from the form
 * set in force on the dossier's day of receipt ({@link FormSet}).
 */
public final class FormNotes {

    /** The application-context key under which a form finds this object. */
    public static final String APP_CONTEXT_KEY = "MotCuaNotes";

    /** Printed official forms are in Vietnamese, whatever the workstation's language. */
    private static final java.util.Locale FORMS = java.util.Locale.of("vi");

    /**
     * @return the form's number as printed, e.g. {@code Mẫu số 01}, in the form set in force on {@code day} (the
     *         dossier's day of receipt, {@code yyyy-MM-dd}; {@link FormSet#on}), empty when that set has no such form
     */
    public String formLabel(String form, String day) {
        String number = entry(form, day).number();
        return number.isEmpty() ? "" : "Mẫu số " + number;
    }

    /** @return the circular the form set in force on {@code day} comes from, as printed beside the number */
    public String formBasis(String day) {
        return "Theo " + FormSet.on(java.time.LocalDate.parse(day)).circular();
    }

    /** @return the form's title in the form set in force on {@code day} */
    public String formTitle(String form, String day) {
        return entry(form, day).title();
    }

    private static FormSet.Entry entry(String form, String day) {
        return FormSet.on(java.time.LocalDate.parse(day)).form(FormSet.Form.valueOf(form));
    }

    /** @return a stored note in Vietnamese: its key with its arguments, or an older row's text as it is */
    public String note(String key, String args, String legacyText) {
        return Note.stored(key, args, legacyText).render(FORMS);
    }

    /** @return a control-slip row's note and its recall, "; " between them, as the slip prints them */
    public String slipNote(String key, String args, String legacyText, String recallKey, String recallArgs,
            String legacyRecall) {
        return Note.render(FORMS, Note.stored(key, args, legacyText), Note.stored(recallKey, recallArgs, legacyRecall));
    }

    /** @return a control-slip party in Vietnamese: an agency as stored, or the applicant named from the dossier */
    public String party(String stored, String applicant) {
        return Note.party(stored, applicant).render(FORMS);
    }

    /**
     * @return the officer's own reason of an apology (Mẫu 04): the first argument of a keyed note; of an older row,
     *         its text without the "Mẫu 04: " label and the "(due → new due)" it ended with
     */
    public String apologyReason(String key, String args, String legacyText) {
        if (key != null && !key.isEmpty()) {
            List<String> values = Note.decode(args);
            return values.isEmpty() ? "" : values.get(0);
        }
        return legacyText == null ? "" : legacyText.replaceFirst("^Mẫu 04: ", "").replaceFirst(" \\([^)]*\\)$", "");
    }
}
