package org.bianmin.proxy;

import java.time.LocalDate;
import org.bianmin.core.Checks;

/**
 * A township's inspection of a proxy point (各乡(镇)要定期督导代办点工作情况, plan task 12;
 * docs/requirements.md V-SUPERVISE).
 *
 * @param pointId   the point inspected
 * @param date      the day
 * @param inspector who inspected (name and post)
 * @param findings  what was found
 */
public record Inspection(String pointId, LocalDate date, String inspector, String findings) {
    public Inspection {
        pointId = Checks.text(pointId, "point id", 64);
        Checks.required(date, "inspection date");
        inspector = Checks.text(inspector, "inspector", 100);
        findings = Checks.text(findings, "findings", 2000);
    }
}
