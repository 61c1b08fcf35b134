// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * Locks the desktop after an idle time: no key, click or pointer movement for {@link #idleTime}. The lock covers
 * the main window ({@link LockDialog}) and asks for the signed-in user's password again; the screens under it stay
 * exactly as they were, a half-typed intake form included. The idle time is a setting: {@code desktop.idleLockMinutes}
 * in the workspace's {@code motcua.properties} (default 10), or the system property {@code motcua.idleLockSeconds}.
 */
final class IdleLock {

    /** How often the idle time is checked. */
    private static final int CHECK_MS = 1_000;

    private final Display display;
    private final Duration idleTime;
    private final Listener activity = e -> touch();
    private final Runnable check = this::check;
    private volatile long lastActivity = System.nanoTime();
    private boolean locked;
    private Runnable onLock;

    IdleLock(Display display, Duration idleTime) {
        this.display = display;
        this.idleTime = idleTime;
    }

    /** Starts watching; {@code lock} runs on the UI thread when the idle time has passed. */
    void start(Runnable lock) {
        this.onLock = lock;
        touch();
        for (int type : new int[] { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel }) {
            display.addFilter(type, activity);
        }
        display.timerExec(CHECK_MS, check);
    }

    /** Stops watching (sign-out). */
    void stop() {
        onLock = null;
        if (!display.isDisposed()) {
            for (int type : new int[] { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel }) {
                display.removeFilter(type, activity);
            }
            display.timerExec(-1, check);
        }
    }

    private void touch() {
        lastActivity = System.nanoTime();
    }

    private void check() {
        if (onLock == null || display.isDisposed()) {
            return;
        }
        if (!locked && Duration.ofNanos(System.nanoTime() - lastActivity).compareTo(idleTime) >= 0) {
            locked = true;
            try {
                onLock.run();
            } finally {
                locked = false;
                touch();
            }
        }
        if (onLock != null) {
            display.timerExec(CHECK_MS, check);
        }
    }

    /** @return the idle time set for this workstation (a setting that cannot be read keeps the default) */
    static Duration configured(java.nio.file.Path home) {
        String seconds = System.getProperty("motcua.idleLockSeconds"); //$NON-NLS-1$
        if (seconds != null && !seconds.isBlank()) {
            return Duration.ofSeconds(Long.parseLong(seconds.trim()));
        }
        java.util.Properties settings = new java.util.Properties();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(home.resolve("motcua.properties"))) { //$NON-NLS-1$
            settings.load(in);
        } catch (java.io.IOException | RuntimeException noFile) {
            // the default
        }
        try {
            return Duration.ofMinutes(Math.max(1, Long.parseLong(settings.getProperty("desktop.idleLockMinutes", "10").trim()))); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (NumberFormatException e) {
            return Duration.ofMinutes(10);
        }
    }
}
