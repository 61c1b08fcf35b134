// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import java.util.Map;

import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** An application context that tells the e4 application to load MotCua's model, as the product does. */
final class TestApplicationContext implements IApplicationContext {

    private final Map<String, String> branding = Map.of(
            "applicationXMI", "org.motcua.ui/Application.e4xmi", //$NON-NLS-1$ //$NON-NLS-2$
            "applicationCSS", "platform:/plugin/org.motcua.ui/css/motcua.css", //$NON-NLS-1$ //$NON-NLS-2$
            "clearPersistedState", "true", //$NON-NLS-1$ //$NON-NLS-2$
            "persistState", "false", //$NON-NLS-1$ //$NON-NLS-2$
            "appName", "MotCua"); //$NON-NLS-1$ //$NON-NLS-2$

    @Override
    public Map<String, Object> getArguments() {
        return Map.of(IApplicationContext.APPLICATION_ARGS, new String[0]);
    }

    @Override
    public void applicationRunning() {
    }

    @Override
    public String getBrandingApplication() {
        return "org.eclipse.e4.ui.workbench.swt.E4Application"; //$NON-NLS-1$
    }

    @Override
    public String getBrandingName() {
        return "MotCua"; //$NON-NLS-1$
    }

    @Override
    public String getBrandingDescription() {
        return "MotCua"; //$NON-NLS-1$
    }

    @Override
    public String getBrandingId() {
        return "org.motcua.ui.product"; //$NON-NLS-1$
    }

    @Override
    public String getBrandingProperty(String key) {
        return branding.get(key);
    }

    @Override
    public Bundle getBrandingBundle() {
        return FrameworkUtil.getBundle(org.motcua.ui.internal.StatusLine.class);
    }

    @Override
    public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
    }
}
