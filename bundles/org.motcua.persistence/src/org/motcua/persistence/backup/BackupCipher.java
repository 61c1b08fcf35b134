// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.motcua.core.MotCuaException;

/**
 * The envelope of a backup file: AES-256-GCM (the JDK's provider) with a key derived from the backup
 * operator's passphrase by PBKDF2-HMAC-SHA256. The header (magic, format, salt, iteration count, nonce)
 * is authenticated with the content, so changing any byte of the file makes it unreadable.
 *
 * <pre>
 * "MCBACKUP" | format (1 byte) | salt (16) | iterations (int) | nonce (12) | ciphertext + tag (16)
 * </pre>
 */
final class BackupCipher {

    static final byte[] MAGIC = "MCBACKUP".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT = 1;
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    static final int ITERATIONS = 600_000;
    /** A crafted file may not make a restore spin for minutes. */
    private static final int MAX_ITERATIONS = 5_000_000;
    private static final int SALT = 16;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER = MAGIC.length + 1 + SALT + 4 + NONCE;
    /** The shortest passphrase accepted for a new backup. */
    static final int MIN_PASSPHRASE = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCipher() {
    }

    /** @return the sealed file's bytes */
    static byte[] seal(byte[] plain, char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new MotCuaException("backup.passphraseTooShort", MIN_PASSPHRASE);
        }
        byte[] salt = new byte[SALT];
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        try {
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(header);
            out.write(MAGIC);
            out.writeByte(FORMAT);
            out.write(salt);
            out.writeInt(ITERATIONS);
            out.write(nonce);
            byte[] head = header.toByteArray();
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, passphrase, salt, ITERATIONS, nonce);
            cipher.updateAAD(head);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(head.length + sealed.length).put(head).put(sealed).array();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** @return the content, or a refusal when the file is not a backup, was changed, or the passphrase is wrong */
    static byte[] open(byte[] file, char[] passphrase) {
        if (file.length < HEADER + TAG_BITS / 8 || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw new MotCuaException("backup.notABackup");
        }
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(file));
            in.skipNBytes(MAGIC.length);
            int format = in.readUnsignedByte();
            if (format != FORMAT) {
                throw new MotCuaException("backup.unknownFormat", format, FORMAT);
            }
            byte[] salt = in.readNBytes(SALT);
            int iterations = in.readInt();
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                throw new MotCuaException("backup.tampered");
            }
            byte[] nonce = in.readNBytes(NONCE);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, passphrase, salt, iterations, nonce);
            cipher.updateAAD(file, 0, HEADER);
            return cipher.doFinal(file, HEADER, file.length - HEADER);
        } catch (AEADBadTagException e) {
            throw new MotCuaException(e, "backup.tampered");
        } catch (IOException | GeneralSecurityException e) {
            throw new MotCuaException(e, "backup.tampered");
        }
    }

    private static Cipher cipher(int mode, char[] passphrase, byte[] salt, int iterations, byte[] nonce)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            Arrays.fill(key, (byte) 0);
            return cipher;
        } finally {
            spec.clearPassword();
        }
    }
}
