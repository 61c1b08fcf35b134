// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server's TLS key pair: created by the JDK's own {@code keytool} (an EC P-256 key and a self-signed
 * certificate for the server's names), or the office's own PKCS12 file. Workstations pin the key, not the
 * certificate, so a renewed certificate on the same key needs no new pin.
 */
public final class KeyStores {

    /** The alias of the server's key in its PKCS12 file. */
    public static final String ALIAS = "motcua";

    private KeyStores() {
    }

    /**
     * Creates {@code file} (owner-only) with a new key pair and a self-signed certificate valid for ten years
     * for {@code hostNames} (names or IP addresses).
     */
    public static void createSelfSigned(Path file, char[] password, List<String> hostNames) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> san = new ArrayList<>();
        for (String host : hostNames) {
            san.add((host.matches("[0-9.]+|.*:.*") ? "ip:" : "dns:") + host);
        }
        List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "3650", "-dname", "CN=" + hostNames.get(0) + ", O=MotCua",
                "-ext", "SAN=" + String.join(",", san), "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass:env", "MOTCUA_KEYSTORE_PASSWORD");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MOTCUA_KEYSTORE_PASSWORD", new String(password)); // not on the command line
        Process process = builder.start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    /** @return the pin of the key in {@code file}: SHA-256 of its public key (SubjectPublicKeyInfo), base64 */
    public static String pin(Path file, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String alias = store.containsAlias(ALIAS) ? ALIAS : store.aliases().nextElement();
            Certificate certificate = store.getCertificate(alias);
            return org.motcua.remote.Pins.of(certificate.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the key store " + file + ": " + e.getMessage(), e);
        }
    }
}
