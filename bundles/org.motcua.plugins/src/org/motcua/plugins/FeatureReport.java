// SPDX-License-Identifier: EPL-2.0
package org.motcua.plugins;

import java.util.List;

import org.eclipse.core.runtime.IStatus;

/**
 * What installing or uninstalling a feature changed in the installation's p2 profile.
 *
 * @param featureId the feature
 * @param install   {@code true} for an install, {@code false} for an uninstall
 * @param status    p2's result
 * @param added     the installable units added, as {@code id version}
 * @param removed   the installable units removed, as {@code id version}
 */
public record FeatureReport(String featureId, boolean install, IStatus status, List<String> added,
        List<String> removed) {

    /** @return whether p2 did the change (nothing is changed otherwise) */
    public boolean ok() {
        return status.getSeverity() != IStatus.ERROR && status.getSeverity() != IStatus.CANCEL;
    }

    /** @return the bundles (not features or configuration units) added, as {@code id version} */
    public List<String> addedBundles() {
        return bundles(added);
    }

    /** @return the bundles removed, as {@code id version} */
    public List<String> removedBundles() {
        return bundles(removed);
    }

    private static List<String> bundles(List<String> units) {
        return units.stream().filter(u -> !u.contains(".feature.") && !u.startsWith("tooling")
                && !u.startsWith("config.a.jre") && !u.startsWith("a.jre")).toList();
    }

    /** @return p2's messages, one line each, indented by depth */
    public String problems() {
        StringBuilder s = new StringBuilder();
        describe(status, "", s);
        return s.toString().strip();
    }

    private static void describe(IStatus status, String indent, StringBuilder s) {
        s.append(indent).append(status.getMessage()).append(System.lineSeparator());
        for (IStatus child : status.getChildren()) {
            describe(child, indent + "  ", s);
        }
    }

    /** @return the audit text: the units added and removed, or why it failed */
    public String outcome() {
        return ok() ? "added " + added + " removed " + removed : "failed: " + problems();
    }
}
