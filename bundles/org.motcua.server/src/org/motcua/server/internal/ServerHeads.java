// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.motcua.core.MotCuaCore;
import org.motcua.core.audit.ChainHead;
import org.motcua.core.audit.SignedHeads;
import org.motcua.core.engine.CoreEngine;
import org.motcua.core.security.Principal;

/**
 * The audit chains' heads signed with the server's own TLS key (docs/security.md), whose private half never sits
 * with a workstation: on demand for an administrator ({@code GET /api/v1/audit/heads/signed}) and periodically into
 * a folder, from where the office sends them off the machine. {@code ./motcua cli audit verify --heads FILE} checks
 * either.
 */
public final class ServerHeads implements AutoCloseable {

    /** Who the periodic export is recorded as ({@code audit.heads}, in the installation's chain). */
    public static final String EXPORTER = "server";

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final MotCuaCore core;
    private final KeyPair key;
    private ScheduledExecutorService timer;

    private ServerHeads(MotCuaCore core, KeyPair key) {
        this.core = core;
        this.key = key;
    }

    /** Heads of {@code core}'s chains signed with the key of {@code keyStore} (the server's TLS key). */
    public static ServerHeads of(MotCuaCore core, Path keyStore, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String alias = store.containsAlias(KeyStores.ALIAS) ? KeyStores.ALIAS : store.aliases().nextElement();
            PrivateKey privateKey = (PrivateKey) store.getKey(alias, password);
            return new ServerHeads(core, new KeyPair(store.getCertificate(alias).getPublicKey(), privateKey));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the server's key in " + keyStore + ": " + e.getMessage(), e);
        }
    }

    /** @return the heads now, signed, for {@code admin} (the core checks the role and records the export) */
    public String signed(Principal admin) throws GeneralSecurityException {
        List<ChainHead> heads = core.audit().heads(admin);
        return SignedHeads.sign(heads, core.time().now(), core.sessions().currentUser(admin).username(),
                key.getPrivate(), key.getPublic());
    }

    /** Writes the heads now into {@code folder} ({@code heads-yyyyMMdd-HHmmss.txt}, owner-only); @return the file */
    public Path exportTo(Path folder) throws IOException, GeneralSecurityException {
        LocalDateTime now = core.time().now();
        List<ChainHead> heads = ((CoreEngine) core).exportAuditHeads(EXPORTER);
        String text = SignedHeads.sign(heads, now, EXPORTER, key.getPrivate(), key.getPublic());
        Files.createDirectories(folder);
        Path file = folder.resolve("heads-" + FILE_TIME.format(now) + ".txt");
        Path part = folder.resolve(file.getFileName() + ".part");
        Files.deleteIfExists(part);
        Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(part, text, StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** Exports now and then every {@code every} into {@code folder}, until closed; a zero period exports never. */
    public void exportEvery(Duration every, Path folder) {
        if (every.isZero() || every.isNegative()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "motcua-audit-heads");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> {
            try { // the server's log is its standard output
                System.out.println(ServerTexts.get("server.headsExported", exportTo(folder), fingerprint()));
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                System.err.println(ServerTexts.get("server.headsFailed", folder, String.valueOf(e.getMessage())));
            }
        }, 0, every.toSeconds(), TimeUnit.SECONDS);
    }

    /** @return the SHA-256 fingerprint of the signing key, as the signed heads name it */
    public String fingerprint() {
        return SignedHeads.fingerprint(key.getPublic().getEncoded());
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
