/**
 * The electronic seal registry and signing (REQUIREMENTS.md C-SEAL; plan task 5, "一枚印章管审批"):
 * one dedicated approval seal (审批服务专用章) per township centre, numbered sub-seals for its
 * other sites, GB/T 38540-2020 electronic seals with SM2/SM3, and detached signatures.
 */
@Version("1.0.0")
@Export
package org.bianmin.seal;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
