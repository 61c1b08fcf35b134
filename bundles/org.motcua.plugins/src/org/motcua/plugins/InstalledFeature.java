// SPDX-License-Identifier: EPL-2.0
package org.motcua.plugins;

/**
 * A feature installed in the running p2 profile.
 *
 * @param id      the feature id, e.g. {@code org.motcua.procedure.labor.feature}
 * @param version its version
 * @param name    its label
 */
public record InstalledFeature(String id, String version, String name) {

    /** @return the procedure module the feature carries, by convention its id without {@code .feature} */
    public String moduleId() {
        return id.endsWith(".feature") ? id.substring(0, id.length() - ".feature".length()) : id;
    }
}
