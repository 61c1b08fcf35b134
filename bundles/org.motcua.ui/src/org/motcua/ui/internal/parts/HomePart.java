// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.parts;

import java.util.Locale;

import jakarta.annotation.PostConstruct;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.motcua.core.platform.InstalledModule;
import org.motcua.core.platform.InstalledModules;
import org.motcua.ui.internal.Messages;

/** The start page: what this installation is (version, workspace, language, installed modules). */
public class HomePart {

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label heading = new Label(parent, SWT.NONE);
        heading.setText(Messages.HomePart_heading);
        heading.setFont(JFaceResources.getHeaderFont());

        Label intro = new Label(parent, SWT.WRAP);
        intro.setText(Messages.HomePart_intro);
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        line(parent, NLS.bind(Messages.HomePart_version, InstalledModules.suiteVersion()));
        String workspace = Platform.getInstanceLocation() == null || Platform.getInstanceLocation().getURL() == null
                ? "-" //$NON-NLS-1$
                : Platform.getInstanceLocation().getURL().getPath();
        line(parent, NLS.bind(Messages.HomePart_workspace, workspace));
        line(parent, NLS.bind(Messages.HomePart_language, Locale.getDefault().getDisplayLanguage(Locale.getDefault())));

        Label modulesHeading = new Label(parent, SWT.NONE);
        modulesHeading.setText(Messages.HomePart_modules);
        modulesHeading.setFont(JFaceResources.getBannerFont());
        List modules = new List(parent, SWT.BORDER | SWT.V_SCROLL);
        modules.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (InstalledModule module : InstalledModules.list()) {
            modules.add(module.name() + "  (" + module.symbolicName() + " " + module.version() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static void line(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }
}
