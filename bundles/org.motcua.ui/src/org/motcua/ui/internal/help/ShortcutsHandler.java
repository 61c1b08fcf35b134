// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.help;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.widgets.Shell;
import org.motcua.ui.internal.Messages;

/**
 * Trợ giúp › Phím tắt: the application's key bindings as the model declares them, then the keyboard conventions
 * every screen follows (Enter, mnemonics, Tab).
 */
public class ShortcutsHandler {

    @Execute
    void execute(MApplication application, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        new HelpDialog(shell, new UserGuide.Section(Messages.Shortcuts_title, text(application))).open();
    }

    /** @return one line a shortcut: keys, then what they do */
    static String text(MApplication application) {
        List<String> lines = new ArrayList<>();
        for (MBindingTable table : application.getBindingTables()) {
            for (MKeyBinding binding : table.getBindings()) {
                if (binding.getCommand() != null) {
                    lines.add(keys(binding.getKeySequence()) + "\t" //$NON-NLS-1$
                            + binding.getCommand().getLocalizedCommandName().replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        lines.add(""); //$NON-NLS-1$
        lines.addAll(List.of(Messages.Shortcuts_conventions.split("\\|"))); //$NON-NLS-1$
        return String.join("\n", lines); //$NON-NLS-1$
    }

    private static String keys(String sequence) {
        try {
            return KeySequence.getInstance(sequence).format();
        } catch (ParseException e) {
            return sequence;
        }
    }
}
