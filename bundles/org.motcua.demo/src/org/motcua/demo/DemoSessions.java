// SPDX-License-Identifier: EPL-2.0
package org.motcua.demo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.motcua.core.MotCuaCore;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;

/**
 * The demo accounts signed in, each once: the demo loader acts as the officers it simulates, through the same
 * sign-in as anyone ({@link DemoOffices#PASSWORD}, demo databases only).
 */
public final class DemoSessions {

    private final MotCuaCore core;
    private final Map<String, Principal> principals = new ConcurrentHashMap<>();

    public DemoSessions(MotCuaCore core) {
        this.core = core;
    }

    /** @return the principal of the demo account {@code username}, signing it in the first time */
    public Principal of(String username) {
        return principals.computeIfAbsent(username,
                name -> core.sessions().signIn(name, DemoOffices.PASSWORD.toCharArray(), SessionKind.TOOL));
    }
}
