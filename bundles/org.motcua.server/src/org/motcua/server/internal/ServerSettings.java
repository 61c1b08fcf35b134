// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;

import org.motcua.persistence.DatabaseConfig;

/**
 * A server's folder: {@code server.properties} (address, port, database URL and role: nothing secret),
 * {@code secrets.properties} (the database role's password and the key store's, readable by the server's
 * account only, else the server refuses to start) and {@code server.p12} (the TLS key pair).
 *
 * @param home             the server's folder
 * @param host             the address to listen on
 * @param port             the HTTPS port
 * @param database         the application role's connection (it owns nothing; migrations use the owner's)
 * @param keyStore         the PKCS12 file with the TLS key pair
 * @param keyStorePassword its password
 * @param callsPerSecond   each signed-in user's steady rate
 * @param callBurst        and burst
 * @param signInsPerMinute sign-ins a minute from one address
 * @param auditHeadsFolder where the audit chains' heads are signed into periodically
 * @param auditHeadsEvery  how often (from the start; zero: never)
 */
public record ServerSettings(Path home, String host, int port, DatabaseConfig database, Path keyStore,
        char[] keyStorePassword, double callsPerSecond, int callBurst, int signInsPerMinute, Path auditHeadsFolder,
        java.time.Duration auditHeadsEvery) {

    /** The non-secret settings' file. */
    public static final String FILE = "server.properties";

    /** The secrets' file (mode 600). */
    public static final String SECRETS = "secrets.properties";

    /** The key store's file name. */
    public static final String KEY_STORE = "server.p12";

    /** @return the settings in {@code home} */
    public static ServerSettings load(Path home) throws IOException {
        Properties p = read(home.resolve(FILE));
        Path secretsFile = home.resolve(SECRETS);
        requireOwnerOnly(secretsFile);
        Properties secrets = read(secretsFile);
        DatabaseConfig fallback = DatabaseConfig.h2File(home.resolve("data"));
        DatabaseConfig database = new DatabaseConfig(p.getProperty("database.url", fallback.url()),
                p.getProperty("database.user", fallback.user()), secrets.getProperty("database.password", ""));
        return new ServerSettings(home, p.getProperty("https.host", "127.0.0.1"),
                Integer.parseInt(p.getProperty("https.port", "8443").trim()), database,
                home.resolve(p.getProperty("https.keyStore", KEY_STORE)),
                secrets.getProperty("keyStore.password", "").toCharArray(),
                Double.parseDouble(p.getProperty("limits.callsPerSecond", "20")),
                Integer.parseInt(p.getProperty("limits.callBurst", "60").trim()),
                Integer.parseInt(p.getProperty("limits.signInsPerMinute", "30").trim()),
                home.resolve(p.getProperty("audit.heads.folder", "audit-heads")),
                java.time.Duration.parse(p.getProperty("audit.heads.every", "PT24H").trim()));
    }

    /** Writes {@code settings} and {@code secrets} into {@code home}, the secrets owner-only. */
    public static void write(Path home, Properties settings, Properties secrets) throws IOException {
        Files.createDirectories(home);
        try (Writer out = Files.newBufferedWriter(home.resolve(FILE), StandardCharsets.UTF_8)) {
            settings.store(out, "MotCua server: nothing secret here (see docs/server.md)");
        }
        Path secretsFile = home.resolve(SECRETS);
        Files.deleteIfExists(secretsFile);
        Files.createFile(secretsFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(secretsFile, StandardCharsets.UTF_8)) {
            secrets.store(out, "MotCua server secrets: readable by the server's account only");
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static void requireOwnerOnly(Path file) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        for (PosixFilePermission open : Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE)) {
            if (permissions.contains(open)) {
                throw new IOException(file + " can be read or written by other accounts (" // NON-NLS
                        + PosixFilePermissions.toString(permissions) + "): chmod 600 it first");
            }
        }
    }
}
