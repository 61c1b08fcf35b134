// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.internal;

import java.net.URL;
import java.util.Map;

import org.eclipse.birt.report.model.api.IResourceLocator;
import org.eclipse.birt.report.model.api.ModuleHandle;

/**
 * Finds the resources a design names (its message files, {@code includeResource}) beside the designs inside
 * this bundle: designs are opened from the bundle, not from a folder, so BIRT's file-based lookup cannot.
 */
final class BundleResources implements IResourceLocator {

    private static final String[] FOLDERS = { "designs/reports/", "designs/forms/" }; //$NON-NLS-1$ //$NON-NLS-2$

    @Override
    public URL findResource(ModuleHandle module, String fileName, int type) {
        if (fileName == null || fileName.contains("..")) { //$NON-NLS-1$
            return null;
        }
        ClassLoader loader = BundleResources.class.getClassLoader();
        for (String folder : FOLDERS) {
            URL found = loader.getResource(folder + fileName);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public URL findResource(ModuleHandle module, String fileName, int type, Map appContext) {
        return findResource(module, fileName, type);
    }
}
