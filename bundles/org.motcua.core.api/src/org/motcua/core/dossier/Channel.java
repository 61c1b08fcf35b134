// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.dossier;

/** How a dossier reached the office. */
public enum Channel {
    /** Trực tiếp: the applicant came to the desk. */
    WALK_IN,
    /** Bưu chính công ích (QĐ 45/2016): through the public postal service. */
    POSTAL,
    /** Trực tuyến: filed on the public-service portal. */
    ONLINE,
    /** Liên thông: sent by another office (commune → district → province). */
    INTER_LEVEL
}
