package org.bianmin.proxy;

import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;

/**
 * A village service room or proxy point (便民服务室/代办点) where agents collect applications
 * (plan task 11).
 *
 * @param id       the point's id, chosen by the county (e.g. its village division code)
 * @param name     its name, e.g. {@code 兴隆镇和平村便民服务室}
 * @param kind     room or proxy point
 * @param division the village or community it serves: a 12-digit division code, whose first 9
 *                 digits name its township
 */
public record ProxyPoint(String id, String name, PointKind kind, DivisionCode division) {
    public ProxyPoint {
        id = Checks.text(id, "point id", 64);
        name = Checks.text(name, "point name", 100);
        Checks.required(kind, "point kind");
        Checks.required(division, "division code");
        if (division.level() != DivisionCode.Level.VILLAGE) {
            throw BianminException.invalid("a proxy point serves a village: its division code needs 12 digits, got "
                    + division);
        }
    }

    /** The township the point belongs to. */
    public DivisionCode township() {
        return division.township();
    }
}
