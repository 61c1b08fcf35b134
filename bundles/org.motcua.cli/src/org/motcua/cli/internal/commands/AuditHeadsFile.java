// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDateTime;
import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.audit.ChainHead;
import org.motcua.core.audit.SignedHeads;

/**
 * The exported heads of the audit chains in a file ({@link SignedHeads}, docs/security.md), signed with an EC P-256
 * key kept in the workspace ({@code keys/audit-heads.p8}, owner-only, created on first use). On a single workstation
 * that key sits on the disk the data sits on: only heads sent off the machine (and the key's fingerprint noted off
 * it) are evidence.
 */
final class AuditHeadsFile {

    private AuditHeadsFile() {
    }

    /** Writes {@code heads} to {@code out} (owner-only), signed with the workspace's key; @return the key's fingerprint */
    static String write(Path out, List<ChainHead> heads, LocalDateTime at, String by, Path keys)
            throws IOException, GeneralSecurityException {
        KeyPair key = key(keys);
        String text = SignedHeads.sign(heads, at, by, key.getPrivate(), key.getPublic());
        Path part = out.resolveSibling(out.getFileName() + ".part");
        Files.deleteIfExists(part);
        ownerOnly(part);
        Files.writeString(part, text, StandardCharsets.UTF_8);
        Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return SignedHeads.fingerprint(key.getPublic().getEncoded());
    }

    /**
     * Reads a heads file (the workspace's or a server's) and checks its signature against the key it names.
     *
     * @throws MotCuaException {@code audit.headsInvalid} when the file is not a heads file or its signature fails
     */
    static SignedHeads.Signed read(Path file) throws IOException {
        return SignedHeads.read(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** @return the fingerprint of this workspace's key, creating the key on first use */
    static String fingerprint(Path keys) throws IOException, GeneralSecurityException {
        return SignedHeads.fingerprint(key(keys).getPublic().getEncoded());
    }

    /** @return the workspace's signing key: {@code keys/audit-heads.p8} and {@code .pub}, created owner-only on first use */
    private static KeyPair key(Path keys) throws IOException, GeneralSecurityException {
        Path privateFile = keys.resolve("audit-heads.p8");
        Path publicFile = keys.resolve("audit-heads.pub");
        KeyFactory ec = KeyFactory.getInstance("EC");
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile));
            if (!mode.equals("rw-------")) {
                throw new MotCuaException("audit.keyNotPrivate", privateFile.toString(), mode);
            }
            PrivateKey privateKey = ec.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
            PublicKey publicKey = ec.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
            return new KeyPair(publicKey, privateKey);
        }
        if (!Files.isDirectory(keys)) {
            Files.createDirectories(keys, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwx------")); // whatever the umask
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        Path part = keys.resolve("audit-heads.p8.part");
        Files.deleteIfExists(part);
        ownerOnly(part);
        Files.write(part, pair.getPrivate().getEncoded());
        Files.write(publicFile, pair.getPublic().getEncoded());
        Files.move(part, privateFile, StandardCopyOption.ATOMIC_MOVE);
        return pair;
    }

    /** @return {@code file} created empty, readable and writable by its owner only from its first moment */
    private static Path ownerOnly(Path file) throws IOException {
        return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
}
