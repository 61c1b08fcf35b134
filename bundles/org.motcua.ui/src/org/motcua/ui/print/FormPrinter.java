// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.print;

import org.eclipse.swt.widgets.Shell;
import org.motcua.core.workflow.DossierView;

/**
 * The hook through which the desk and the dossier screen print a dossier's official forms (receipt Mẫu 01,
 * supplement request, refusal, apology, control slip, stop notice). The reporting UI puts one into the
 * application context when a user signs in (rendering BIRT in a Job, then a preview with Print and Save);
 * while none is there the screens say that printing comes with the reporting module.
 */
public interface FormPrinter {

    /** Receipt and appointment (Mẫu 01). */
    String RECEIPT = "receipt";
    /** Request to supplement the dossier (Mẫu 02). */
    String SUPPLEMENT_REQUEST = "supplement-request";
    /** Refusal to receive (Mẫu 03). */
    String REFUSAL = "refusal";
    /** Apology and re-appointment (Mẫu 04; with an extension request under the 2025 regime). */
    String APOLOGY = "apology";
    /** Process-control slip: one row per hand-off. */
    String CONTROL_SLIP = "control-slip";
    /** Stop notice (2025 regime). */
    String STOP_NOTICE = "stop-notice";

    /**
     * Renders the form in the background and shows it, ready to print or save; called on the UI thread,
     * returns at once.
     *
     * @param form    the form's design name (one of the constants above)
     * @param dossier the dossier the form is filled from
     * @param shell   the window to parent the preview to
     */
    void print(String form, DossierView dossier, Shell shell);
}
