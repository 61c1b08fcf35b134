// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.motcua.ui.internal.Language;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;

/**
 * Tệp › Ngôn ngữ › Tiếng Việt | English: stores the choice ({@link Language}) and, if the user agrees,
 * restarts the workbench so that every label, message and report heading is in the new language (texts are
 * read once at start). The entry of the current language is disabled.
 */
public class LanguageHandler {

    /** The command's parameter: the language code, {@code vi} or {@code en}. */
    public static final String PARAMETER = "org.motcua.ui.command.language.code"; //$NON-NLS-1$

    @CanExecute
    public boolean canExecute(@Named(PARAMETER) String code) {
        return Language.CODES.contains(code) && !code.equals(Language.current());
    }

    @Execute
    public void execute(@Named(PARAMETER) String code, IWorkbench workbench,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        try {
            Language.store(code);
        } catch (RuntimeException e) {
            MessageDialog.openError(shell, Messages.Language_title, Ui.describe(e));
            return;
        }
        // asked in both languages: the user may not read the current one
        if (MessageDialog.openQuestion(shell, Messages.Language_title, Messages.Language_restart)) {
            workbench.restart();
        }
    }
}
