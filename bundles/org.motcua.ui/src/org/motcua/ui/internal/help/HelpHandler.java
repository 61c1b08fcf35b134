// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.help;

import java.io.IOException;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;

/**
 * F1: the user guide's section for the screen in front (in English, the guide's English summary). The guide ships
 * in the application, so help needs no network and no browser engine.
 */
public class HelpHandler {

    @Execute
    void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        String heading = "en".equals(Ui.locale().getLanguage()) ? UserGuide.ENGLISH //$NON-NLS-1$
                : UserGuide.headingOf(part == null ? null : part.getElementId());
        try {
            UserGuide guide = UserGuide.load();
            UserGuide.Section section = guide.section(heading).or(() -> guide.section(UserGuide.START))
                    .orElseThrow(() -> new IOException("no section " + heading)); //$NON-NLS-1$
            new HelpDialog(shell, section).open();
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.Help_title, NLS.bind(Messages.Help_missing, Ui.describe(e)));
        }
    }
}
