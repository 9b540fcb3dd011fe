/**
 * Village proxy records (plan tasks 11, 12, 15): proxy points (便民服务室/代办点), agents (代办员) and
 * their duty roster, cases (代办件) from receipt to answer under the {@link org.bianmin.proxy.CaseState}
 * machine, visits (最多跑一次), ratings (好差评), the "every case answered" report
 * ({@link org.bianmin.proxy.UnansweredReport}), the service indicators K-ONETRIP, K-ANSWERED,
 * K-ONTIME, K-RATING and K-SPECIAL ({@link org.bianmin.proxy.ServiceIndicators}), the appeal ledger
 * (民意民情诉求调查台账) and the special-groups care ledger (特殊人群关爱台账). The services are
 * {@link org.bianmin.proxy.ProxyPoints} (points, agents, roster), {@link org.bianmin.proxy.ProxyCases}
 * (cases from receipt to answer), {@link org.bianmin.proxy.ProxyReports} (reports and indicators) and
 * {@link org.bianmin.proxy.PointLedgers} (appeals, care, inspections). Applicants' ID-card numbers
 * (GB 11643) and phones are personal data, masked in every listing. A login reaches the county, a
 * township or its agent's points ({@link org.bianmin.proxy.LedgerAssignment}) and reads and acts
 * only there.
 */
@Version("2.1.0")
@Export
package org.bianmin.proxy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
