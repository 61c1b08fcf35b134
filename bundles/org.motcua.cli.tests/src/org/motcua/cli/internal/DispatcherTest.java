// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.core.i18n.Messages;
import org.osgi.framework.FrameworkUtil;

class DispatcherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private CommandRegistry registry;
    private Dispatcher dispatcher;

    @BeforeEach
    void setUp() throws Exception {
        FrameworkUtil.getBundle(CliApplication.class).start();
        registry = new CommandRegistry(FrameworkUtil.getBundle(CliApplication.class).getBundleContext());
        dispatcher = new Dispatcher(registry, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), () -> {
                    throw new IllegalStateException("these commands need no workspace");
                });
    }

    @AfterEach
    void tearDown() {
        registry.close();
    }

    private int run(Locale locale, String... args) {
        return dispatcher.dispatch(List.of(args), locale);
    }

    @Test
    void helpListsBuiltInCommandsInVietnamese() {
        assertEquals(0, run(Messages.VIETNAMESE));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Cách dùng: ./motcua cli"), text);
        assertTrue(text.contains("version"), text);
        assertTrue(text.contains("Phiên bản MotCua"), text);
    }

    @Test
    void helpInEnglish() {
        assertEquals(0, run(Messages.ENGLISH, "help"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Usage: ./motcua cli"), text);
        // messages go through MessageFormat: an apostrophe must survive it
        assertTrue(text.contains("MotCua's version"), text);
    }

    @Test
    void unknownCommandIsExitCode2WithAClearMessage() {
        assertEquals(2, run(Messages.VIETNAMESE, "frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Không có lệnh \"frobnicate\""));
    }

    @Test
    void versionListsTheCoreBundle() {
        assertEquals(0, run(Messages.ENGLISH, "version"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("MotCua 0.1.0"), text);
        assertTrue(text.contains("org.motcua.cli"), text);
    }
}
