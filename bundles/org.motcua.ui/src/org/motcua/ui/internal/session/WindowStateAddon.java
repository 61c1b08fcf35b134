// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Remembers where the officer left the main window (position, size, maximized) in the workspace's preferences and
 * opens it there next time, since the application model itself starts fresh at each start. A remembered place
 * that no longer fits the screen (another monitor, a smaller display) is not used.
 */
public class WindowStateAddon {

    static final String NODE = "org.motcua.ui.window"; //$NON-NLS-1$
    private static final String MAIN = "org.motcua.ui.window.main"; //$NON-NLS-1$
    private static final String MAXIMIZED_TAG = "shellMaximized"; //$NON-NLS-1$
    private static final int MIN_WIDTH = 640;
    private static final int MIN_HEIGHT = 400;
    private static boolean flushPending;

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;

    @PostConstruct
    void restore() {
        MWindow window = main();
        IEclipsePreferences stored = InstanceScope.INSTANCE.getNode(NODE);
        int width = stored.getInt("width", -1); //$NON-NLS-1$
        if (window == null || width < 0) {
            return;
        }
        Rectangle place = new Rectangle(stored.getInt("x", 0), stored.getInt("y", 0), width, //$NON-NLS-1$ //$NON-NLS-2$
                stored.getInt("height", -1)); //$NON-NLS-1$
        if (!fits(place)) {
            return;
        }
        window.setX(place.x);
        window.setY(place.y);
        window.setWidth(place.width);
        window.setHeight(place.height);
        window.getTags().remove(MAXIMIZED_TAG);
        if (stored.getBoolean("maximized", false)) { //$NON-NLS-1$
            window.getTags().add(MAXIMIZED_TAG);
        }
    }

    /** @return whether {@code place} is large enough and lies on a screen of this display */
    public static boolean fits(Rectangle place) {
        if (place.width < MIN_WIDTH || place.height < MIN_HEIGHT) {
            return false;
        }
        Display display = Display.getCurrent();
        if (display == null) {
            return true; // nothing to check against yet: the window manager will place it
        }
        for (org.eclipse.swt.widgets.Monitor monitor : display.getMonitors()) {
            Rectangle area = monitor.getClientArea();
            Rectangle visible = area.intersection(place);
            if (visible.width >= MIN_WIDTH / 2 && visible.height >= MIN_HEIGHT / 2 && place.width <= area.width
                    && place.height <= area.height) {
                return true;
            }
        }
        return false;
    }

    /** The renderer keeps the window's model in step with the shell: each move, resize or maximize is kept. */
    @Inject
    @Optional
    void changed(@UIEventTopic(UIEvents.Window.TOPIC_ALL) Event event) {
        keep(event);
    }

    @Inject
    @Optional
    void tagsChanged(@UIEventTopic(UIEvents.ApplicationElement.TOPIC_TAGS) Event event) {
        keep(event);
    }

    private void keep(Event event) {
        MWindow window = main();
        if (window != null && event.getProperty(UIEvents.EventTags.ELEMENT) == window
                && window.getWidget() instanceof Shell shell && !shell.isDisposed() && shell.isVisible()) {
            save(shell);
        }
    }

    /** Keeps the place of {@code shell}: its bounds before it was maximized, and whether it is. */
    static void save(Shell shell) {
        if (shell.getMinimized()) {
            return;
        }
        boolean maximized = shell.getMaximized();
        Rectangle bounds = shell.getBounds();
        IEclipsePreferences stored = InstanceScope.INSTANCE.getNode(NODE);
        stored.putBoolean("maximized", maximized); //$NON-NLS-1$
        if (!maximized) { // a maximized window keeps the place it returns to
            stored.putInt("x", bounds.x); //$NON-NLS-1$
            stored.putInt("y", bounds.y); //$NON-NLS-1$
            stored.putInt("width", bounds.width); //$NON-NLS-1$
            stored.putInt("height", bounds.height); //$NON-NLS-1$
        }
        if (!flushPending) { // once a second at most while the window is dragged
            flushPending = true;
            shell.getDisplay().timerExec(1000, () -> {
                flushPending = false;
                try {
                    stored.flush();
                } catch (BackingStoreException e) {
                    // the place is a convenience: the next start opens at the default place
                }
            });
        }
    }

    private MWindow main() {
        return (MWindow) models.find(MAIN, application);
    }
}
