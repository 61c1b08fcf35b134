// SPDX-License-Identifier: EPL-2.0
package org.motcua.plugins;

import org.motcua.core.MotCuaCore;

/**
 * Gives the command line the core services over the workspace's database. Registered as an OSGi
 * service by whoever opens the workspace (the persistence layer's {@code Workspace}); the
 * {@code plugins enable|disable} commands and the role checks of {@code install|uninstall} need it.
 */
public interface WorkspaceCoreProvider {

    /** @return the core over the workspace database (opened on first use, shared afterwards) */
    MotCuaCore core();
}
