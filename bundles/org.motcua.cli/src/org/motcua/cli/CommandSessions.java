// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli;

import java.util.ArrayList;
import java.util.List;

import org.motcua.core.MotCuaCore;
import org.motcua.core.security.Principal;

/**
 * The sessions one command opened. They end when the command ends, whatever its outcome, so a finished
 * command leaves no valid token behind (not even for the hour a command-line session may last).
 */
public final class CommandSessions {

    private record Opened(MotCuaCore core, Principal principal) {
    }

    private final List<Opened> opened = new ArrayList<>();

    /** Remembers a session to end with the command. */
    public synchronized void add(MotCuaCore core, Principal principal) {
        opened.add(new Opened(core, principal));
    }

    /** Ends every session the command opened; one that cannot be ended (its database gone) is skipped. */
    public synchronized void endAll() {
        for (Opened o : opened) {
            try {
                o.core().sessions().signOut(o.principal());
            } catch (RuntimeException alreadyClosed) {
                // the workspace was closed by the command (restore): its sessions went with the database
            }
        }
        opened.clear();
    }
}
