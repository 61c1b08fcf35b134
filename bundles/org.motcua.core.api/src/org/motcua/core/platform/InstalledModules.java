// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.platform;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/** Reads which MotCua bundles are installed in the running OSGi framework, and the suite's version. */
public final class InstalledModules {

    /** Prefix shared by every MotCua bundle. */
    public static final String MOTCUA_PREFIX = "org.motcua.";

    private InstalledModules() {
    }

    /** @return the MotCua bundles installed in the framework, sorted by symbolic name */
    public static List<InstalledModule> list() {
        BundleContext context = FrameworkUtil.getBundle(InstalledModules.class).getBundleContext();
        if (context == null) {
            throw new IllegalStateException("org.motcua.core.api is not started");
        }
        return list(context.getBundles());
    }

    /** @return the MotCua bundles among {@code bundles}, sorted by symbolic name */
    static List<InstalledModule> list(Bundle[] bundles) {
        return Arrays.stream(bundles)
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(MOTCUA_PREFIX))
                .map(b -> new InstalledModule(b.getSymbolicName(), b.getHeaders().get(Constants.BUNDLE_NAME),
                        b.getVersion().toString(), stateName(b.getState())))
                .sorted(Comparator.comparing(InstalledModule::symbolicName))
                .toList();
    }

    /** @return the version of the MotCua core bundle, which is the version of the suite */
    public static String suiteVersion() {
        return FrameworkUtil.getBundle(InstalledModules.class).getVersion().toString();
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "UNKNOWN";
        };
    }
}
