// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** Closes the application (menu Tệp › Thoát, Ctrl+Q). */
public class QuitHandler {

    @Execute
    public void execute(IWorkbench workbench) {
        workbench.close();
    }
}
