/**
 * The electronic seal registry and signing (docs/requirements.md C-SEAL; plan task 5, "一枚印章管审批"):
 * one dedicated approval seal (审批服务专用章) per township centre, numbered sub-seals for its
 * other sites, GB/T 38540-2020 electronic seals with SM2/SM3, detached signatures and sealed OFD
 * documents with a visible stamp ({@link org.bianmin.seal.SealRegistry}, {@link org.bianmin.seal.SealSigner},
 * {@link org.bianmin.seal.OfdSealer}); and verification
 * for auditors ({@link org.bianmin.seal.SealVerifier}) of GB/T 38540 and GM/T 0031 signatures, OFD
 * documents (GB/T 33190) and standalone seals, reported in the ETSI EN 319 102-1 vocabulary
 * ({@link org.bianmin.seal.Indication}, {@link org.bianmin.seal.SubIndication}), and rendered for
 * people and programs ({@link org.bianmin.seal.SealReportRenderer}: HTML, JSON, text); and the
 * county time-stamp authority for RFC 3161 clients ({@link org.bianmin.seal.TimeStampAuthority}),
 * and the county CA's certificate revocation list ({@link org.bianmin.seal.RevocationListPublisher}),
 * which the verifier consults with any others the {@link org.bianmin.seal.ValidationPolicy} gives
 * (since 1.6.0); changes that rewrite a seal's past or hand it to an operator, proposed by one
 * administrator and confirmed by a second person ({@link org.bianmin.seal.SealProposal}), and the
 * custody grants of a seal and the seals in an operator's custody ({@link org.bianmin.seal.CustodyGrant}),
 * both since 1.7.0; RFC 4998 evidence records over the use register
 * ({@link org.bianmin.seal.EvidenceRecordArchive}), handed to the verifier as proof of existence
 * ({@link org.bianmin.seal.ValidationPolicy#withEvidenceRecords}), since 1.9.0; a seal's standing for
 * a verification read at once ({@link org.bianmin.seal.SealStanding}), since 1.10.0.
 */
@Version("1.10.0")
@Export
package org.bianmin.seal;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
