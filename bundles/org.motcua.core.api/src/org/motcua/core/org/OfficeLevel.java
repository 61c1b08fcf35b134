// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.org;

/** The government level of an office. Under NĐ 118/2025 the district level no longer exists. */
public enum OfficeLevel {
    /** Cấp tỉnh: the provincial public-service centre. */
    PROVINCE,
    /** Cấp huyện: the district reception desk (NĐ 61/2018 regime only). */
    DISTRICT,
    /** Cấp xã: the commune desk or, since 2025, the commune public-service centre. */
    COMMUNE
}
