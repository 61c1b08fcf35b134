// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.motcua.core.MotCuaException;

/**
 * Unexpected failures of the core: each gets a fresh reference, its stack trace goes to the error log with
 * that reference, and the user gets a keyed {@link MotCuaException} quoting the reference and the log's place,
 * never the failure's own text (which may hold SQL and the values typed).
 * <p>
 * The error log is {@code <motcua.home>/logs/motcua-errors.log}: the launcher ({@code ./motcua}) sets
 * {@code motcua.home} (default {@code ~/.motcua}) and creates its {@code logs} folder. The failure is also
 * logged through {@code java.util.logging} (logger {@code org.motcua.core}, the console of the launcher).
 */
public final class Incidents {

    /** The error log's file name inside {@code <motcua.home>/logs}. */
    public static final String FILE_NAME = "motcua-errors.log";

    private static final Logger LOG = Logger.getLogger("org.motcua.core");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I: a reference is read aloud over the phone. */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyMMdd-HHmmss");

    private Incidents() {
    }

    /** @return the error log: {@code <motcua.home>/logs/motcua-errors.log}, {@code ~/.motcua} by default */
    public static Path logFile() {
        String home = System.getProperty("motcua.home");
        Path base = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".motcua") : Path.of(home);
        return base.resolve("logs").resolve(FILE_NAME);
    }

    /**
     * Logs {@code failure} under a fresh reference and returns what the user is told.
     *
     * @return {@code internal.error} (reference, log file), or {@code internal.errorNoLogFile} (reference) when
     *         the error log cannot be written
     */
    public static MotCuaException report(Throwable failure) {
        String reference = newReference();
        LOG.log(Level.SEVERE, "Internal error, reference " + reference, failure);
        Path file = logFile();
        try {
            write(file, reference, failure);
            return new MotCuaException("internal.error", reference, file.toString());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The error log " + file + " cannot be written", e);
            return new MotCuaException("internal.errorNoLogFile", reference);
        }
    }

    /** @return a short random id and the time, e.g. {@code K7QX2M-261203-085512} */
    static String newReference() {
        StringBuilder id = new StringBuilder(20);
        for (int i = 0; i < 6; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.append('-').append(STAMP.format(LocalDateTime.now())).toString();
    }

    private static synchronized void write(Path file, String reference, Throwable failure) throws IOException {
        StringWriter trace = new StringWriter();
        try (PrintWriter out = new PrintWriter(trace)) {
            out.println("=== " + LocalDateTime.now() + " internal error, reference " + reference);
            failure.printStackTrace(out);
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
