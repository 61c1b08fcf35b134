// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.motcua.ui.internal.AboutDialog;

/** Opens the About dialog (menu Trợ giúp › Giới thiệu, F1). */
public class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        new AboutDialog(shell).open();
    }
}
