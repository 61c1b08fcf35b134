// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.engine;

import java.time.Duration;

import org.motcua.core.security.SessionKind;

/**
 * How the engine hashes passwords, how long sessions last and how it answers repeated sign-in failures.
 * {@link #defaults()} is what an installation uses; a test database may choose cheaper password hashing
 * (the hashes of its users are then renewed on the next sign-in under other settings).
 *
 * @param argon2MemoryKib      Argon2id memory for new hashes (KiB)
 * @param argon2Iterations     Argon2id iterations for new hashes
 * @param argon2Parallelism    Argon2id lanes for new hashes
 * @param desktopSession       the longest a desktop session lasts
 * @param commandLineSession   the longest a command-line session lasts
 * @param toolSession          the longest a tool's session (demo loader, benchmark, import) lasts
 * @param failuresBeforeDelay  failed sign-ins in a row after which each further attempt waits
 * @param failuresBeforeLock   failed sign-ins in a row after which the account is locked
 * @param lockDuration         how long a lock lasts (an administrator can lift it sooner)
 * @param firstDelay           the wait after {@code failuresBeforeDelay} failures; it doubles with each further one
 */
public record SecuritySettings(int argon2MemoryKib, int argon2Iterations, int argon2Parallelism,
        Duration desktopSession, Duration commandLineSession, Duration toolSession, int failuresBeforeDelay,
        int failuresBeforeLock, Duration lockDuration, Duration firstDelay) {

    /** The most memory a stored hash may ask for when it is verified (a crafted hash cannot exhaust the server). */
    public static final int MAX_MEMORY_KIB = 262_144;
    /** The most iterations a stored hash may ask for when it is verified. */
    public static final int MAX_ITERATIONS = 10;
    /** The most lanes a stored hash may ask for when it is verified. */
    public static final int MAX_PARALLELISM = 8;

    /** Checks the settings against the caps. */
    public SecuritySettings {
        if (argon2MemoryKib < 8 * argon2Parallelism || argon2MemoryKib > MAX_MEMORY_KIB || argon2Iterations < 1
                || argon2Iterations > MAX_ITERATIONS || argon2Parallelism < 1 || argon2Parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("Argon2 parameters outside the allowed range");
        }
        if (failuresBeforeLock < 1 || failuresBeforeDelay < 1) {
            throw new IllegalArgumentException("failure thresholds must be positive");
        }
    }

    /**
     * @return OWASP's minimum Argon2id (19 MiB, 2 iterations, 1 lane); desktop sessions of one working day
     *         (10 h), command lines of one hour, tools of 12 h; a wait of 1 s from the third failure in a row,
     *         doubling; a 15-minute lock after five
     */
    public static SecuritySettings defaults() {
        return new SecuritySettings(19_456, 2, 1, Duration.ofHours(10), Duration.ofHours(1), Duration.ofHours(12), 2,
                5, Duration.ofMinutes(15), Duration.ofSeconds(1));
    }

    /** @return these settings with other Argon2id parameters for new hashes */
    public SecuritySettings withArgon2(int memoryKib, int iterations, int parallelism) {
        return new SecuritySettings(memoryKib, iterations, parallelism, desktopSession, commandLineSession, toolSession,
                failuresBeforeDelay, failuresBeforeLock, lockDuration, firstDelay);
    }

    /** @return these settings with every session lasting at most {@code lifetime} */
    public SecuritySettings withSessionLifetime(Duration lifetime) {
        return new SecuritySettings(argon2MemoryKib, argon2Iterations, argon2Parallelism, lifetime, lifetime, lifetime,
                failuresBeforeDelay, failuresBeforeLock, lockDuration, firstDelay);
    }

    /** @return these settings with another lock policy */
    public SecuritySettings withLockout(int failuresBeforeDelay, Duration firstDelay, int failuresBeforeLock,
            Duration lockDuration) {
        return new SecuritySettings(argon2MemoryKib, argon2Iterations, argon2Parallelism, desktopSession,
                commandLineSession, toolSession, failuresBeforeDelay, failuresBeforeLock, lockDuration, firstDelay);
    }

    /** @return the longest a session of {@code kind} lasts */
    public Duration lifetime(SessionKind kind) {
        return switch (kind) {
            case DESKTOP -> desktopSession;
            case COMMAND_LINE -> commandLineSession;
            case TOOL -> toolSession;
        };
    }

    /** @return how long the attempt after {@code failures} failures in a row waits before it is checked */
    public Duration delayAfter(int failures) {
        if (failures < failuresBeforeDelay) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - failuresBeforeDelay, 4);
        return firstDelay.multipliedBy(1L << doublings);
    }
}
