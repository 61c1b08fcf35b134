// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.motcua.core.MotCuaException;

/**
 * The exported heads of the audit chains, signed (docs/security.md): a text of lines
 *
 * <pre>
 * format=MOTCUA-HEADS-1
 * exported_at=2025-06-27T10:00:00
 * exported_by=admin                     (or "server" for the server's periodic export)
 * head=KIND;office id;office code;last seq;last id;last hash;last time      one line per chain
 * key=&lt;the signing public key, X.509, Base64&gt;
 * key_sha256=&lt;its fingerprint: SHA-256 of the key, hex&gt;
 * signature_algorithm=SHA256withECDSA   (or SHA256withRSA for an office's own RSA key; absent means ECDSA)
 * signature=&lt;the signature over every line above, each with its line feed, Base64&gt;
 * </pre>
 *
 * signed by a workspace's key ({@code cli audit heads}) or by the server's TLS key (periodically and on demand).
 */
public final class SignedHeads {

    /** The format's name, its first field. */
    public static final String FORMAT = "MOTCUA-HEADS-1";

    /**
     * Heads read back and checked.
     *
     * @param heads          the heads
     * @param keyFingerprint SHA-256 of the key that signed them (hex)
     * @param exportedAt     when they were exported
     * @param exportedBy     who exported them
     */
    public record Signed(List<ChainHead> heads, String keyFingerprint, LocalDateTime exportedAt, String exportedBy) {
    }

    private SignedHeads() {
    }

    /** @return {@code heads} as a signed text, signed with {@code privateKey} whose public half is {@code publicKey} */
    public static String sign(List<ChainHead> heads, LocalDateTime at, String by, PrivateKey privateKey,
            PublicKey publicKey) throws GeneralSecurityException {
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
        byte[] encoded = publicKey.getEncoded();
        String algorithm = algorithm(publicKey.getAlgorithm());
        body.append("key=").append(Base64.getEncoder().encodeToString(encoded)).append('\n');
        body.append("key_sha256=").append(fingerprint(encoded)).append('\n');
        body.append("signature_algorithm=").append(algorithm).append('\n');
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(privateKey);
        signer.update(body.toString().getBytes(StandardCharsets.UTF_8));
        body.append("signature=").append(Base64.getEncoder().encodeToString(signer.sign())).append('\n');
        return body.toString();
    }

    /**
     * Reads a signed text and checks its signature against the key it names.
     *
     * @param source what to name in a refusal (a file)
     * @throws MotCuaException {@code audit.headsInvalid} when it is not a heads text or its signature fails
     */
    public static Signed read(List<String> lines, String source) {
        StringBuilder signed = new StringBuilder();
        List<ChainHead> heads = new ArrayList<>();
        String key = null;
        String fingerprint = null;
        String signature = null;
        String format = null;
        String algorithm = "SHA256withECDSA";
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
                } else if (line.startsWith("signature_algorithm=")) {
                    algorithm = line.substring(20);
                } else if (line.startsWith("head=")) {
                    String[] f = line.substring(5).split(";", -1);
                    heads.add(new ChainHead(AuditKind.valueOf(f[0]), Long.parseLong(f[1]), f[2], Long.parseLong(f[3]),
                            "-".equals(f[4]) ? null : Long.valueOf(f[4]), "-".equals(f[5]) ? null : f[5],
                            "-".equals(f[6]) ? null : LocalDateTime.parse(f[6])));
                }
            }
            if (!FORMAT.equals(format) || key == null || signature == null
                    || !List.of("SHA256withECDSA", "SHA256withRSA").contains(algorithm)) {
                throw new MotCuaException("audit.headsInvalid", source);
            }
            byte[] publicKey = Base64.getDecoder().decode(key);
            if (!fingerprint(publicKey).equals(fingerprint)) {
                throw new MotCuaException("audit.headsInvalid", source);
            }
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(KeyFactory.getInstance(algorithm.endsWith("RSA") ? "RSA" : "EC")
                    .generatePublic(new X509EncodedKeySpec(publicKey)));
            verifier.update(signed.toString().getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(Base64.getDecoder().decode(signature))) {
                throw new MotCuaException("audit.headsInvalid", source);
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof MotCuaException m) {
                throw m;
            }
            throw new MotCuaException(e, "audit.headsInvalid", source);
        }
        return new Signed(heads, fingerprint, at, by);
    }

    /** @return SHA-256 of an encoded public key, hex */
    public static String fingerprint(byte[] publicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String algorithm(String keyAlgorithm) throws GeneralSecurityException {
        return switch (keyAlgorithm) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new GeneralSecurityException("no signature for a " + keyAlgorithm + " key");
        };
    }
}
