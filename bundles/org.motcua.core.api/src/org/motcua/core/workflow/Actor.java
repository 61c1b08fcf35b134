// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.Objects;

/**
 * Who performs an action: a signed-in user (desktop), a named user of the command line, or the import
 * identity. The workflow service loads the user's roles, office and department from the database.
 *
 * @param username the user's login name
 */
public record Actor(String username) {

    /** Checks the name. */
    public Actor {
        Objects.requireNonNull(username, "username");
    }
}
