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
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.audit.AuditKind;
import org.motcua.core.audit.ChainHead;

/**
 * The exported heads of the audit chains, signed (docs/security.md): a text file
 *
 * <pre>
 * format=MOTCUA-HEADS-1
 * exported_at=2025-06-27T10:00:00
 * exported_by=admin
 * head=KIND;office id;office code;last seq;last id;last hash;last time      one line per chain
 * key=&lt;the signing public key, X.509, Base64&gt;
 * key_sha256=&lt;its fingerprint: SHA-256 of the key, hex&gt;
 * signature=&lt;SHA256withECDSA over every line above, each with its line feed, Base64&gt;
 * </pre>
 *
 * signed with an EC P-256 key kept in the workspace ({@code keys/audit-heads.p8}, owner-only, created on first use).
 * On a single workstation that key sits on the disk the data sits on: only heads sent off the machine (and the key's
 * fingerprint noted off it) are evidence.
 */
final class AuditHeadsFile {

    static final String FORMAT = "MOTCUA-HEADS-1";

    /** A read heads file: its heads and the fingerprint of the key that signed it. */
    record Signed(List<ChainHead> heads, String keyFingerprint, LocalDateTime exportedAt, String exportedBy) {
    }

    private AuditHeadsFile() {
    }

    /** Writes {@code heads} to {@code out} (owner-only), signed with the workspace's key; @return the key's fingerprint */
    static String write(Path out, List<ChainHead> heads, LocalDateTime at, String by, Path keys)
            throws IOException, GeneralSecurityException {
        KeyPair key = key(keys);
        StringBuilder body = new StringBuilder();
        body.append("# MotCua audit chain heads (docs/security.md)\n");
        body.append("format=").append(FORMAT).append('\n');
        body.append("exported_at=").append(at).append('\n');
        body.append("exported_by=").append(by).append('\n');
        for (ChainHead h : heads) {
            body.append("head=").append(String.join(";", h.kind().name(), String.valueOf(h.officeId()), h.officeCode(),
                    String.valueOf(h.lastSeq()), h.lastId() == null ? "-" : h.lastId().toString(),
                    h.lastHash() == null ? "-" : h.lastHash(), h.lastAt() == null ? "-" : h.lastAt().toString()))
                    .append('\n');
        }
        byte[] publicKey = key.getPublic().getEncoded();
        String fingerprint = fingerprint(publicKey);
        body.append("key=").append(Base64.getEncoder().encodeToString(publicKey)).append('\n');
        body.append("key_sha256=").append(fingerprint).append('\n');
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key.getPrivate());
        signer.update(body.toString().getBytes(StandardCharsets.UTF_8));
        body.append("signature=").append(Base64.getEncoder().encodeToString(signer.sign())).append('\n');
        Path part = out.resolveSibling(out.getFileName() + ".part");
        Files.deleteIfExists(part);
        ownerOnly(part);
        Files.writeString(part, body, StandardCharsets.UTF_8);
        Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return fingerprint;
    }

    /**
     * Reads a heads file and checks its signature against the key it names.
     *
     * @throws MotCuaException {@code audit.headsInvalid} when the file is not a heads file or its signature fails
     */
    static Signed read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder signed = new StringBuilder();
        List<ChainHead> heads = new ArrayList<>();
        String key = null;
        String fingerprint = null;
        String signature = null;
        String format = null;
        LocalDateTime at = null;
        String by = null;
        try {
            for (String line : lines) {
                if (line.startsWith("signature=")) {
                    signature = line.substring("signature=".length());
                    break;
                }
                signed.append(line).append('\n');
                if (line.startsWith("format=")) {
                    format = line.substring(7);
                } else if (line.startsWith("exported_at=")) {
                    at = LocalDateTime.parse(line.substring(12));
                } else if (line.startsWith("exported_by=")) {
                    by = line.substring(12);
                } else if (line.startsWith("key=")) {
                    key = line.substring(4);
                } else if (line.startsWith("key_sha256=")) {
                    fingerprint = line.substring(11);
                } else if (line.startsWith("head=")) {
                    String[] f = line.substring(5).split(";", -1);
                    heads.add(new ChainHead(AuditKind.valueOf(f[0]), Long.parseLong(f[1]), f[2], Long.parseLong(f[3]),
                            "-".equals(f[4]) ? null : Long.valueOf(f[4]), "-".equals(f[5]) ? null : f[5],
                            "-".equals(f[6]) ? null : LocalDateTime.parse(f[6])));
                }
            }
            if (!FORMAT.equals(format) || key == null || signature == null) {
                throw new MotCuaException("audit.headsInvalid", file.toString());
            }
            byte[] publicKey = Base64.getDecoder().decode(key);
            if (!fingerprint(publicKey).equals(fingerprint)) {
                throw new MotCuaException("audit.headsInvalid", file.toString());
            }
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(publicKey)));
            verifier.update(signed.toString().getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(Base64.getDecoder().decode(signature))) {
                throw new MotCuaException("audit.headsInvalid", file.toString());
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof MotCuaException m) {
                throw m;
            }
            throw new MotCuaException(e, "audit.headsInvalid", file.toString());
        }
        return new Signed(heads, fingerprint, at, by);
    }

    /** @return the fingerprint of this workspace's key, creating the key on first use */
    static String fingerprint(Path keys) throws IOException, GeneralSecurityException {
        return fingerprint(key(keys).getPublic().getEncoded());
    }

    private static String fingerprint(byte[] publicKey) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey));
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
