// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote.wire;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The state of an inbox as the change feed names it: a short digest of the dossiers it holds, in order. Equal
 * while the inbox holds the same dossiers; the server keeps nothing per workstation to compare it.
 */
public final class InboxCursor {

    private InboxCursor() {
    }

    /** @return the cursor of an inbox holding {@code ids}, in this order */
    public static String of(long[] ids) {
        try {
            ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES * ids.length);
            for (long id : ids) {
                bytes.putLong(id);
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes.array());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
