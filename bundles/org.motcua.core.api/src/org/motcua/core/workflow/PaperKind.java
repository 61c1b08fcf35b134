// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

/** The kind of a paper asked for on a supplement request (Mẫu 02: bản chính / bản sao có chứng thực / bản chụp). */
public enum PaperKind {
    /** Bản chính: the original. */
    ORIGINAL,
    /** Bản sao có chứng thực: a certified copy. */
    CERTIFIED_COPY,
    /** Bản sao, bản chụp: a plain copy. */
    COPY
}
