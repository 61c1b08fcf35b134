package org.motcua.ui.print;

import org.eclipse.swt.widgets.Shell;
import org.motcua.core.workflow.DossierView;

/**
 * The hook through which the intake desk prints the receipt (Mẫu 01) of a dossier it has just received. The
 * reporting bundle registers one as an OSGi service (rendering BIRT in a Job); while none is registered the
 * desk shows the code and appointment and says that printing comes with the reporting module.
 */
public interface ReceiptPrinter {

    /**
     * Renders and prints (or previews) the receipt; called on the UI thread, must not block it.
     *
     * @param dossier the dossier just received
     * @param shell   the window to parent any dialog to
     */
    void printReceipt(DossierView dossier, Shell shell);
}
