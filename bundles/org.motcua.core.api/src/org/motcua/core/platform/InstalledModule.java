// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.platform;

/**
 * One MotCua bundle installed in the running platform, as shown in the About dialog and by the
 * command line.
 *
 * @param symbolicName the bundle's symbolic name, e.g. {@code org.motcua.core}
 * @param name         the bundle's human-readable name
 * @param version      the bundle's version, with its build qualifier
 * @param state        the OSGi state, e.g. {@code ACTIVE} or {@code RESOLVED}
 */
public record InstalledModule(String symbolicName, String name, String version, String state) {
}
